import PostalMime from "postal-mime";
import type { Address } from "postal-mime";

import type { Recipient } from "../../engine/message.ts";
import type { MailRecord } from "./mailRecord.ts";
import { STAMP_HEADER_NAME } from "./stampHeader.ts";

const MAIL_HEADERS: ReadonlySet<string> = new Set([
  "from",
  "sender",
  "to",
  "cc",
  "bcc",
  "date",
  "subject",
  "message-id",
  "received",
]);

/**
 * One Internet message (an `.eml` file, or a message cut from an mbox) as a MailRecord, through postal-mime.
 * Without `needBody` only the header is handed to the parser: the recipients, subject, date and stamp are all
 * there, and skipping bodies and attachments is what makes a large archive quick to replay.
 */
export async function readMime(bytes: Uint8Array, source: string, needBody: boolean): Promise<MailRecord> {
  const input = needBody ? bytes : headerOnly(bytes);
  const email = await PostalMime.parse(input, { attachmentEncoding: "arraybuffer", maxNestingDepth: 50 });
  // The parser reads anything; a file with none of a message's usual header fields is not one, whatever its name says.
  if (!email.headers.some((header) => MAIL_HEADERS.has(header.key))) {
    throw new Error("no mail header found (From, To, Date, Subject, …): not an Internet message");
  }
  const stamp = email.headers.find((header) => header.key === STAMP_HEADER_NAME);
  return {
    source,
    date: parseDate(email.date),
    subject: email.subject ?? "",
    from: email.from === undefined ? null : (mailboxes([email.from])[0] ?? null),
    to: mailboxes(email.to),
    cc: mailboxes(email.cc),
    bcc: mailboxes(email.bcc),
    ...(needBody ? { body: email.text ?? textOfHtml(email.html) } : {}),
    stamp: stamp === undefined ? null : stamp.value.trim(),
  };
}

/** The header block and the blank line that ends it (the whole message when it has no body). */
function headerOnly(bytes: Uint8Array): Uint8Array {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const crlf = buffer.indexOf("\r\n\r\n");
  const lf = buffer.indexOf("\n\n");
  const ends = [crlf === -1 ? -1 : crlf + 4, lf === -1 ? -1 : lf + 2].filter((end) => end > 0);
  return ends.length === 0 ? bytes : bytes.subarray(0, Math.min(...ends));
}

/**
 * Group syntax (`Team: a@x.com, b@y.com;`) puts every member in the header where all recipients see them, so
 * each member counts; an empty group (`undisclosed-recipients:;`) shows nobody.
 */
function mailboxes(addresses: readonly Address[] | undefined): Recipient[] {
  const out: Recipient[] = [];
  for (const address of addresses ?? []) {
    if (address.group !== undefined) {
      for (const member of address.group) out.push(recipient(member.address, member.name));
    } else out.push(recipient(address.address, address.name));
  }
  return out;
}

function recipient(address: string, name: string): Recipient {
  return name === "" ? { emailAddress: address } : { emailAddress: address, displayName: name };
}

export function parseDate(value: string | undefined | null): Date | null {
  if (value === undefined || value === null || value === "") return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Keyword search needs words, not markup: a message with only an HTML part is read with its tags removed. */
function textOfHtml(html: string | undefined): string | undefined {
  if (html === undefined) return undefined;
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/giu, " ")
    .replace(/<[^>]*>/gu, " ")
    .replace(/&nbsp;/giu, " ")
    .replace(/&amp;/giu, "&")
    .replace(/&lt;/giu, "<")
    .replace(/&gt;/giu, ">");
}
