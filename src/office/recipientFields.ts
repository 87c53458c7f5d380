import type { Recipient, RecipientInput } from "../engine/index.ts";

import type { MailItem } from "./mailItem.ts";

/** To, Cc and Bcc as read in one go. */
export interface RecipientFields {
  to: Recipient[];
  cc: Recipient[];
  bcc: Recipient[];
}

/**
 * Reads the three fields together (three calls at once: the web client's concurrency limit). The one reader of
 * To, Cc and Bcc: the send check, the notice, the pane and the safe move all read them here.
 */
export async function readRecipientFields(item: MailItem): Promise<RecipientFields> {
  const [to, cc, bcc] = await Promise.all([
    item.getRecipients("to"),
    item.getRecipients("cc"),
    item.getRecipients("bcc"),
  ]);
  return { to, cc, bcc };
}

/**
 * Same entries in the same order in each field, compared by address as Outlook gives it (case aside) and display
 * name: stricter than the engine's identity, so any change counts, and cheap enough for the send check's budget.
 */
export function sameFields(
  a: { to?: readonly RecipientInput[]; cc?: readonly RecipientInput[]; bcc?: readonly RecipientInput[] },
  b: { to?: readonly RecipientInput[]; cc?: readonly RecipientInput[]; bcc?: readonly RecipientInput[] },
): boolean {
  return sameList(a.to ?? [], b.to ?? []) && sameList(a.cc ?? [], b.cc ?? []) && sameList(a.bcc ?? [], b.bcc ?? []);
}

function sameList(a: readonly RecipientInput[], b: readonly RecipientInput[]): boolean {
  return a.length === b.length && a.every((r, i) => keyOf(r) === keyOf(b[i] as RecipientInput));
}

function keyOf(r: RecipientInput): string {
  return typeof r === "string" ? r.toLowerCase() : `${r.emailAddress.toLowerCase()}\u0000${r.displayName ?? ""}`;
}
