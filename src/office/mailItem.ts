import type { Recipient, RecipientField } from "../engine/index.ts";

import { DEFAULT_CALL_TIMEOUT_MS, officeCall } from "./officeCall.ts";

/**
 * Recipients per write call: Office.js accepts at most 100 in one setAsync or addAsync call and throws above, so
 * longer lists are written in chunks of this size (here, and nowhere else).
 */
const RECIPIENTS_PER_CALL = 100;

/**
 * How many Office calls writing `count` recipients takes (for progress): a replace is one setAsync even when
 * empty, then one addAsync per further chunk; an addition is one addAsync per chunk, none when empty.
 */
export function writeCallCount(count: number, replace: boolean): number {
  const chunks = Math.ceil(count / RECIPIENTS_PER_CALL);
  return replace ? Math.max(1, chunks) : chunks;
}

/** An infobar, as the add-in describes it (Office's NotificationMessageDetails, narrowed to what we use). */
export interface Infobar {
  type: "informationalMessage" | "insightMessage" | "errorMessage";
  message: string;
  icon?: string;
  persistent?: boolean;
  /** For an insight message: one action that opens the task pane. */
  action?: { actionText: string; commandId: string; contextData: string };
}

/**
 * The message being composed, as the rest of the add-in sees it: promises instead of callbacks, recipients
 * written in chunks Office.js accepts. Everything above this port is testable with an in-memory item.
 */
export interface MailItem {
  getRecipients(field: RecipientField): Promise<Recipient[]>;
  /** Replaces a field: one setAsync with the first chunk, then one addAsync per further chunk (`writeCallCount`). */
  setRecipients(field: RecipientField, recipients: readonly Recipient[], onCall?: () => void): Promise<void>;
  /** Appends to a field, one addAsync per chunk. `onCall` runs before each call. */
  addRecipients(field: RecipientField, recipients: readonly Recipient[], onCall?: () => void): Promise<void>;
  /** The From address where the client exposes it (Mailbox 1.7), else the signed-in user. */
  getSender(): Promise<Recipient | null>;
  getSubject(): Promise<string>;
  getBodyText(): Promise<string>;
  getSessionData(name: string): Promise<string | null>;
  setSessionData(name: string, value: string): Promise<void>;
  removeSessionData(name: string): Promise<void>;
  showInfobar(key: string, infobar: Infobar): Promise<void>;
  removeInfobar(key: string): Promise<void>;
}

type ComposeMessage = Office.MessageCompose;

/**
 * Wraps the current compose item of an `Office` object (the real global, or a fake in tests).
 * The item is read at each call, never captured, so a test or a new compose window always sees the live one.
 */
export function createMailItem(office: typeof Office, timeoutMs: number = DEFAULT_CALL_TIMEOUT_MS): MailItem {
  const item = (): ComposeMessage => office.context.mailbox.item as ComposeMessage;
  const call = <T>(method: string, invoke: (cb: (r: Office.AsyncResult<T>) => void) => void) =>
    officeCall<T>(method, invoke, timeoutMs);

  const writeChunks = async (
    field: RecipientField,
    recipients: readonly Recipient[],
    replace: boolean,
    onCall?: () => void,
  ): Promise<void> => {
    const entries = recipients.map(toEmailUser);
    if (replace) {
      onCall?.();
      await call<void>(`${field}.setAsync`, (cb) => item()[field].setAsync(entries.slice(0, RECIPIENTS_PER_CALL), cb));
    }
    for (let start = replace ? RECIPIENTS_PER_CALL : 0; start < entries.length; start += RECIPIENTS_PER_CALL) {
      const chunk = entries.slice(start, start + RECIPIENTS_PER_CALL);
      onCall?.();
      await call<void>(`${field}.addAsync`, (cb) => item()[field].addAsync(chunk, cb));
    }
  };

  return {
    getRecipients: async (field) => {
      const value = await call<Office.EmailAddressDetails[]>(`${field}.getAsync`, (cb) => item()[field].getAsync(cb));
      return value.map(fromEmailAddressDetails);
    },
    setRecipients: (field, recipients, onCall) => writeChunks(field, recipients, true, onCall),
    addRecipients: (field, recipients, onCall) => writeChunks(field, recipients, false, onCall),
    getSender: async () => {
      if (office.context.requirements.isSetSupported("Mailbox", "1.7") && item().from) {
        const from = await call<Office.EmailAddressDetails>("from.getAsync", (cb) => item().from.getAsync(cb));
        if (from?.emailAddress) return fromEmailAddressDetails(from);
      }
      const profile = office.context.mailbox.userProfile;
      return profile?.emailAddress ? { emailAddress: profile.emailAddress, displayName: profile.displayName } : null;
    },
    getSubject: () => call<string>("subject.getAsync", (cb) => item().subject.getAsync(cb)),
    getBodyText: () => call<string>("body.getAsync", (cb) => item().body.getAsync(textCoercion(office), cb)),
    getSessionData: async (name) => {
      const value = await call<string>("sessionData.getAsync", (cb) => item().sessionData.getAsync(name, cb));
      return value ? value : null;
    },
    setSessionData: (name, value) =>
      call<void>("sessionData.setAsync", (cb) => item().sessionData.setAsync(name, value, cb)),
    removeSessionData: (name) =>
      call<void>("sessionData.removeAsync", (cb) => item().sessionData.removeAsync(name, cb)),
    showInfobar: (key, infobar) =>
      call<void>("notificationMessages.replaceAsync", (cb) =>
        item().notificationMessages.replaceAsync(key, toNotificationDetails(office, infobar), cb),
      ),
    removeInfobar: (key) =>
      call<void>("notificationMessages.removeAsync", (cb) => item().notificationMessages.removeAsync(key, cb)),
  };
}

function fromEmailAddressDetails(details: Office.EmailAddressDetails): Recipient {
  const recipient: Recipient = { emailAddress: details.emailAddress ?? "", displayName: details.displayName ?? "" };
  if (details.recipientType) recipient.recipientType = String(details.recipientType);
  return recipient;
}

function toEmailUser(recipient: Recipient): Office.EmailUser {
  return { emailAddress: recipient.emailAddress, displayName: recipient.displayName || recipient.emailAddress };
}

function textCoercion(office: typeof Office): Office.CoercionType {
  return office.CoercionType?.Text ?? ("text" as Office.CoercionType);
}

function toNotificationDetails(office: typeof Office, infobar: Infobar): Office.NotificationMessageDetails {
  const details: Record<string, unknown> = { type: infobar.type, message: infobar.message };
  if (infobar.type === "informationalMessage") {
    details.icon = infobar.icon;
    details.persistent = infobar.persistent ?? false;
  }
  if (infobar.type === "insightMessage" && infobar.action) {
    details.icon = infobar.icon;
    details.actions = [
      {
        actionType: office.MailboxEnums?.ActionType?.ShowTaskPane ?? "showTaskPane",
        actionText: infobar.action.actionText,
        commandId: infobar.action.commandId,
        contextData: infobar.action.contextData,
      },
    ];
  }
  return details as unknown as Office.NotificationMessageDetails;
}
