/** A recipient as Office.js returns it (`EmailAddressDetails`). */
export interface Recipient {
  emailAddress: string;
  displayName?: string;
  /** Exchange's own classification; a hint only (clients disagree), never trusted for internal/external. */
  recipientType?: string;
}

/** A recipient as callers may give it: an object, or a string `"a@b.com"` / `"Name <a@b.com>"`. */
export type RecipientInput = Recipient | string;

export type RecipientField = "to" | "cc" | "bcc";

/** The message being composed. Missing fields count as empty. */
export interface Message {
  from?: RecipientInput | null;
  subject?: string;
  body?: string;
  to?: readonly RecipientInput[];
  cc?: readonly RecipientInput[];
  bcc?: readonly RecipientInput[];
}

export const RECIPIENT_FIELDS: readonly RecipientField[] = ["to", "cc", "bcc"];
