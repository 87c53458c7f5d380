import type { EventCompletedOptions, MailboxRequirementSet } from "../host/index.ts";
import { compareVersions } from "../host/index.ts";

import { ADDIN_COMMANDS, ADDIN_DISPLAY_NAME } from "./addinCommands.ts";
import { alertPlainText, parseAlertMarkdown } from "./alertMarkdown.ts";
import type { AlertBlock } from "./alertMarkdown.ts";

/** What pressing a dialog button does. */
export type DialogAction =
  | { readonly kind: "send-anyway" }
  | { readonly kind: "dont-send" }
  /** The custom button: runs or opens the control `commandId` with `contextData` (a string, as Outlook passes it). */
  | { readonly kind: "command"; readonly commandId: string; readonly contextData: string | null };

export interface DialogButton {
  readonly label: string;
  readonly action: DialogAction;
}

/** A Smart Alert as Outlook draws it from `event.completed` options. */
export interface SmartAlertDialog {
  readonly title: string;
  /** The message as formatted blocks, whether it came from Markdown or plain text. */
  readonly message: readonly AlertBlock[];
  /** The same words without formatting, one line per paragraph or list item. */
  readonly messageText: string;
  /** In the order they are drawn; the first is the default. */
  readonly buttons: readonly DialogButton[];
  /** Options real Outlook would reject or ignore, so that a developer sees them here too. */
  readonly problems: readonly string[];
}

/** Outlook's limits on the options (Smart Alerts reference). */
export const SMART_ALERT_LIMITS = { message: 500, cancelLabel: 20 } as const;

export const DONT_SEND = "Don't Send";
export const SEND_ANYWAY = "Send Anyway";
/** Outlook's label for the custom button when the add-in gives no `cancelLabel`. */
export const TAKE_ACTION = "Take Action";

/**
 * The dialog for a send the add-in stopped (`allowEvent: false`), following Outlook on the web:
 * - the message is `errorMessageMarkdown` where Mailbox 1.15 renders it, else `errorMessage`, else Outlook's
 *   own sentence;
 * - a custom button labelled `cancelLabel` appears when `commandId` names a task pane (Mailbox 1.14) or a
 *   function command (1.15);
 * - Send Anyway appears only with `sendModeOverride: "promptUser"` (the manifest's SoftBlock otherwise);
 * - Don't Send is always there.
 */
export function smartAlertDialog(
  options: EventCompletedOptions,
  requirementSet: MailboxRequirementSet,
): SmartAlertDialog {
  const has115 = compareVersions(requirementSet, "1.15") >= 0;
  const problems: string[] = [];
  const markdown = stringOption(options, "errorMessageMarkdown", problems);
  const plain = stringOption(options, "errorMessage", problems);
  const cancelLabel = stringOption(options, "cancelLabel", problems);
  for (const [name, value, limit] of [
    ["errorMessage", plain, SMART_ALERT_LIMITS.message],
    ["errorMessageMarkdown", markdown, SMART_ALERT_LIMITS.message],
    ["cancelLabel", cancelLabel, SMART_ALERT_LIMITS.cancelLabel],
  ] as const) {
    if (value !== undefined && value.length > limit)
      problems.push(`${name} has ${value.length} characters; Outlook allows ${limit}.`);
  }

  let message: AlertBlock[];
  if (has115 && markdown) message = parseAlertMarkdown(markdown);
  else if (plain) message = plainBlocks(plain);
  else message = plainBlocks(`${ADDIN_DISPLAY_NAME} is preventing this email from being sent.`);

  const buttons: DialogButton[] = [];
  const commandId = stringOption(options, "commandId", problems);
  if (commandId) {
    const command = ADDIN_COMMANDS[commandId];
    if (command?.kind === "function" && !has115) {
      problems.push(
        `commandId "${commandId}" is a function command, which needs Mailbox 1.15; the button is not shown.`,
      );
    } else {
      if (!command) problems.push(`commandId "${commandId}" is no control of the add-in; its button only cancels.`);
      buttons.push({
        label: cancelLabel || TAKE_ACTION,
        action: { kind: "command", commandId, contextData: contextDataText(options.contextData) },
      });
    }
  } else if (options.contextData !== undefined) {
    problems.push("contextData is ignored without commandId.");
  }
  if (options.sendModeOverride === "promptUser") buttons.push({ label: SEND_ANYWAY, action: { kind: "send-anyway" } });
  else if (options.sendModeOverride !== undefined)
    problems.push(`sendModeOverride "${String(options.sendModeOverride)}" is unknown; only "promptUser" exists.`);
  buttons.push({ label: DONT_SEND, action: { kind: "dont-send" } });

  return { title: ADDIN_DISPLAY_NAME, message, messageText: alertPlainText(message), buttons, problems };
}

/**
 * What Outlook shows when the add-in never completed the send event (nothing associated, a throw, a timeout):
 * with the manifest's SoftBlock the message stays in the compose window.
 */
export function unavailableDialog(reason: string): SmartAlertDialog {
  const message = plainBlocks(
    `${ADDIN_DISPLAY_NAME} couldn't check this message, so it wasn't sent. Select Send to try again.`,
  );
  return {
    title: ADDIN_DISPLAY_NAME,
    message,
    messageText: alertPlainText(message),
    buttons: [{ label: DONT_SEND, action: { kind: "dont-send" } }],
    problems: [reason],
  };
}

function plainBlocks(text: string): AlertBlock[] {
  return text
    .split(/\n+/)
    .filter((line) => line.trim() !== "")
    .map((line) => ({ kind: "paragraph", content: [{ kind: "text", text: line }] }));
}

function stringOption(options: EventCompletedOptions, name: string, problems: string[]): string | undefined {
  const value = options[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value;
  problems.push(`${name} should be a string.`);
  return String(value);
}

/** Outlook on Windows before build 17308 takes only strings, so the add-in sends JSON text; keep others readable. */
function contextDataText(contextData: unknown): string | null {
  if (contextData === undefined || contextData === null) return null;
  return typeof contextData === "string" ? contextData : JSON.stringify(contextData);
}
