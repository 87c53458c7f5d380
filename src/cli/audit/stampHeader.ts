/**
 * The little the audit needs from the add-in's verdict stamp (`X-BCC-Guard: v=1; action=warn; mode=…; …`):
 * whether a message carries one, and its `action`. Deliberately not the full parser of the stamp's format
 * (src/engine/verdictStamp.ts): counting stamped mail must not depend on every other key being well formed.
 */

export const STAMP_HEADER_NAME = "x-bcc-guard";

export type StampAction = "allow" | "warn" | "block" | "error" | "unknown";

const ACTION = /(?:^|;)\s*action=([a-z-]+)\s*(?:;|$)/u;
const KNOWN: ReadonlySet<string> = new Set(["allow", "warn", "block", "error"]);

/** The stamp's action, or `unknown` when the value has none this version knows. */
export function stampAction(value: string): StampAction {
  const match = ACTION.exec(value.trim().toLowerCase());
  const action = match?.[1];
  return action !== undefined && KNOWN.has(action) ? (action as StampAction) : "unknown";
}

// A header field in a block of raw headers: its name at the start of a line, its value with any folded lines.
const RAW_STAMP = /^x-bcc-guard[ \t]*:[ \t]*([^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)/imu;

/** The stamp's value found in raw header text (an Outlook file's transport headers), or `null`. */
export function findStampInHeaders(rawHeaders: string | undefined | null): string | null {
  if (rawHeaders === undefined || rawHeaders === null || rawHeaders === "") return null;
  const match = RAW_STAMP.exec(rawHeaders);
  return match === null ? null : (match[1] ?? "").replace(/\r?\n[ \t]+/gu, " ").trim();
}
