import { CONTROL_IDS } from "./addinIds.ts";
import { writePaneContextData } from "./paneOpenContext.ts";
import type { PaneContextData } from "./paneOpenContext.ts";

/** What the send handler decided, before it becomes Outlook's `event.completed` options. */
export type SendDecision =
  | { kind: "allow" }
  | {
      kind: "warn" | "block";
      errorMessage: string;
      errorMessageMarkdown: string;
      cancelLabel: string;
      /** Passed as `contextData` to the pane or the command the dialog's button opens. */
      context: PaneContextData;
      /** The button may run the Move to Bcc command (needs Mailbox 1.15); else it opens the task pane. */
      preferCommand: boolean;
      /** False when Move to Bcc cannot work on this message: the alert then has no such button. @default true */
      moveButton?: boolean;
    };

/** The options of `event.completed` for a Smart Alerts OnMessageSend event. */
export interface SendCompletedOptions {
  allowEvent: boolean;
  errorMessage?: string;
  errorMessageMarkdown?: string;
  cancelLabel?: string;
  commandId?: string;
  contextData?: string;
  sendModeOverride?: string;
}

/**
 * Maps a decision to `event.completed` options. Warn offers Send Anyway through `sendModeOverride`;
 * block omits it, so the manifest's SoftBlock applies. `promptUser` is written as its documented string value
 * because `Office.MailboxEnums.SendModeOverride` is missing from older Office.js builds.
 */
export function sendCompletedOptions(
  decision: SendDecision,
  supportsMailbox: (v: string) => boolean,
): SendCompletedOptions {
  if (decision.kind === "allow") return { allowEvent: true };
  if (decision.moveButton === false) {
    const bare: SendCompletedOptions = {
      allowEvent: false,
      errorMessage: decision.errorMessage,
      errorMessageMarkdown: decision.errorMessageMarkdown,
    };
    if (decision.kind === "warn") bare.sendModeOverride = "promptUser";
    return bare;
  }
  const commandId = decision.preferCommand && supportsMailbox("1.15") ? CONTROL_IDS.moveToBcc : CONTROL_IDS.openPane;
  const options: SendCompletedOptions = {
    allowEvent: false,
    errorMessage: decision.errorMessage,
    errorMessageMarkdown: decision.errorMessageMarkdown,
    cancelLabel: decision.cancelLabel,
    commandId,
    contextData: writePaneContextData(decision.context),
  };
  if (decision.kind === "warn") options.sendModeOverride = "promptUser";
  return options;
}
