import { readPhoneClient } from "./phoneSurface.ts";
import type { PhoneClient } from "./phoneSurface.ts";
import { mailboxSupports, recipientFieldLimit } from "./requirements.ts";

/** What the add-in needs to know about the Outlook client it runs in. */
export interface ClientInfo {
  /** Outlook's UI language, e.g. "fr-FR". */
  displayLanguage: string;
  supportsMailbox(version: string): boolean;
  recipientFieldLimit: number;
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
    phone: readPhoneClient(office),
  };
}
