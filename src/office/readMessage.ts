import type { Message } from "../engine/index.ts";

import type { MailItem } from "./mailItem.ts";
import { readRecipientFields } from "./recipientFields.ts";

/**
 * Reads what a decision needs: To, Cc and Bcc together, then the sender, and the subject and body only when asked
 * (`needsMessageText(policy)`).
 */
export async function readMessage(item: MailItem, options: { withText: boolean }): Promise<Message> {
  const { to, cc, bcc } = await readRecipientFields(item);
  if (!options.withText) return { from: await item.getSender(), to, cc, bcc };
  const [from, subject, body] = await Promise.all([item.getSender(), item.getSubject(), item.getBodyText()]);
  return { from, subject, body, to, cc, bcc };
}
