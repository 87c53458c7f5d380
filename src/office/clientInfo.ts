import { readPhoneClient } from "./phoneSurface.ts";
import type { PhoneClient } from "./phoneSurface.ts";
import { mailboxSupports, recipientFieldLimit } from "./requirements.ts";

/** What the add-in needs to know about the Outlook client it runs in. */
export interface ClientInfo {
  /** Outlook's UI language, e.g. "fr-FR". */
  displayLanguage: string;
  supportsMailbox(version: string): boolean;
  recipientFieldLimit: number;
  /** Characters `item.sessionData` holds for this add-in and item. @default 50_000 (Mailbox 1.15 and earlier) */
  sessionDataLimit?: number;
  /** Outlook on iOS or Android (only the mobile API surface exists there), or null. @default null */
  phone?: PhoneClient | null;
}

export function readClientInfo(office: typeof Office): ClientInfo {
  let displayLanguage = "en-US";
  try {
    displayLanguage = office.context.displayLanguage || "en-US";
  } catch {
    // Some runtimes expose no context before the first event; English is the documented fallback.
  }
  return {
    displayLanguage,
    supportsMailbox: (version) => mailboxSupports(office, version),
    recipientFieldLimit: recipientFieldLimit(office),
    // Mailbox 1.16 raised it with the field limit (Office's "Limits for activation and JavaScript API" page).
    sessionDataLimit: mailboxSupports(office, "1.16") ? 2_621_440 : 50_000,
    phone: readPhoneClient(office),
  };
}
