import type { Message } from "../engine/index.ts";

import type { MailItem } from "./mailItem.ts";

/**
 * Reads what a decision needs. To, Cc and Bcc go out together (three calls: the web client's concurrency
 * limit), then the sender, and the subject and body only when asked (the policy has sensitive keywords).
 */
export async function readMessage(item: MailItem, options: { withText: boolean }): Promise<Message> {
  const [to, cc, bcc] = await Promise.all([
    item.getRecipients("to"),
    item.getRecipients("cc"),
    item.getRecipients("bcc"),
  ]);
  if (!options.withText) return { from: await item.getSender(), to, cc, bcc };
  const [from, subject, body] = await Promise.all([item.getSender(), item.getSubject(), item.getBodyText()]);
  return { from, subject, body, to, cc, bcc };
}
