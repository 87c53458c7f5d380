import type { Recipient } from "../../engine/message.ts";

/** One message read from an export, in the engine's terms plus what the report shows about it. */
export interface MailRecord {
  /** Where it came from: the file, and for a mailbox file the message's place in it (`Sent.mbox #12`). */
  source: string;
  /** When it was sent, when the file says so. */
  date: Date | null;
  subject: string;
  from: Recipient | null;
  to: Recipient[];
  cc: Recipient[];
  bcc: Recipient[];
  /** Plain text, read only when the policy has sensitive keywords (otherwise `undefined`). */
  body?: string;
  /** The raw value of the `X-BCC-Guard` header when the message carries one, else `null`. */
  stamp: string | null;
}

/** A file or a message in one that could not be read, and why, in words an admin can act on. */
export interface Unreadable {
  source: string;
  reason: string;
}

/** What the readers yield: messages, things they could not read, and items that are not mail (skipped). */
export type MailItem =
  | { kind: "message"; record: MailRecord }
  | { kind: "unreadable"; unreadable: Unreadable }
  | { kind: "skipped"; source: string; reason: string };

/** Something about one message failed: said as one short line, never a stack. */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.replace(/\s+/gu, " ").trim();
  return line === "" ? "unknown error" : line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
