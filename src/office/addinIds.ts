/**
 * Names shared between manifest.xml and code. The manifest lint checks that each one is declared there and,
 * for functions, associated in the built events.js.
 */
export const FUNCTION_NAMES = {
  onMessageSend: "onMessageSendHandler",
  onRecipientsChanged: "onMessageRecipientsChangedHandler",
  moveToBcc: "moveToBcc",
} as const;

export const CONTROL_IDS = {
  /** The task pane button in the compose ribbon. */
  openPane: "openPaneButton",
  /** The "Move to Bcc" function command in the compose ribbon (Mailbox 1.15 lets a Smart Alert run it). */
  moveToBcc: "moveToBccButton",
} as const;

/** Infobar keys (at most 32 characters each). */
export const INFOBAR_KEYS = {
  exposure: "bccGuardExposure",
  moveResult: "bccGuardMoveResult",
} as const;

/** The manifest image resource used as the informational infobar icon. */
export const INFOBAR_ICON = "Icon.16x16";
