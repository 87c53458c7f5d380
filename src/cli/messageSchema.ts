import { z } from "zod";

import type { Message } from "../engine/message.ts";
import { formatPath } from "../engine/policySchema.ts";

const RECIPIENT = 'must be an address ("a@b.com" or "Name <a@b.com>") or an object with an "emailAddress" string';

/*
 * A string recipient is read as `{ emailAddress: string }` (the engine unwraps "Name <a@b.com>" there too), so
 * one object schema reports every problem at its own path: `to[3].displayName`, not just "to[3] is wrong".
 * Extra keys are allowed on recipients because Office.js objects carry more than the engine reads.
 */
const recipient = z.preprocess(
  (value) => (typeof value === "string" ? { emailAddress: value } : value),
  z.looseObject(
    {
      emailAddress: z.string({ error: 'must be a string such as "a@b.com"' }),
      displayName: z.string({ error: "must be a string" }).optional(),
      recipientType: z.string({ error: "must be a string" }).optional(),
    },
    {
      error: (issue) => (issue.input === undefined ? "is required: the sender decides who is a colleague" : RECIPIENT),
    },
  ),
);

const recipients = z.array(recipient, { error: "must be a list of recipients" }).optional();

/** The message file read by `bcc-guard evaluate` and `plan`. Unknown keys are errors: a typo such as "CC" would otherwise pass silently. */
export const MessageSchema = z.strictObject(
  {
    from: recipient,
    subject: z.string({ error: "must be a string" }).optional(),
    body: z.string({ error: "must be a string" }).optional(),
    to: recipients,
    cc: recipients,
    bcc: recipients,
  },
  { error: "the message must be a JSON object" },
);

/** One problem in a message file, at a JSON path such as `to[3].emailAddress`. */
export interface MessageProblem {
  path: string;
  message: string;
}

export type MessageResult = { ok: true; message: Message } | { ok: false; problems: MessageProblem[] };

/** Validates a parsed message file. Missing To, Cc and Bcc count as empty. Never throws on bad input. */
export function parseMessage(input: unknown): MessageResult {
  const result = MessageSchema.safeParse(input);
  if (result.success) return { ok: true, message: result.data };
  return { ok: false, problems: result.error.issues.flatMap(toProblems) };
}

function toProblems(issue: z.core.$ZodIssue): MessageProblem[] {
  if (issue.code === "unrecognized_keys")
    return issue.keys.map((key) => ({
      path: formatPath([...issue.path, key]),
      message: `unknown key (allowed: ${Object.keys(MessageSchema.shape).join(", ")})`,
    }));
  return [{ path: formatPath(issue.path), message: issue.message }];
}
