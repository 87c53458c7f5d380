import { CONTROL_IDS, FUNCTION_NAMES } from "../../office/addinIds.ts";

/** What a ribbon control of the add-in does, as its manifest `<Action>` says. */
export type AddinCommand = { readonly kind: "function"; readonly functionName: string } | { readonly kind: "taskpane" };

/**
 * The add-in's compose-ribbon controls by id, as Outlook reads them from manifest.xml: a Smart Alert's
 * `commandId` and an infobar action name one of these. A test keeps this table equal to the manifest.
 */
export const ADDIN_COMMANDS: Readonly<Record<string, AddinCommand>> = {
  [CONTROL_IDS.openPane]: { kind: "taskpane" },
  [CONTROL_IDS.moveToBcc]: { kind: "function", functionName: FUNCTION_NAMES.moveToBcc },
};

/** The launch events the manifest declares, by the function each runs. */
export const LAUNCH_EVENT_FUNCTIONS = {
  messageSend: FUNCTION_NAMES.onMessageSend,
  recipientsChanged: FUNCTION_NAMES.onRecipientsChanged,
} as const;

/** The add-in's name as Outlook shows it on dialogs and the task pane (the manifest's DisplayName). */
export const ADDIN_DISPLAY_NAME = "BCC Guard";
