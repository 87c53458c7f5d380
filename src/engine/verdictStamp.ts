import type { Policy } from "./policy.ts";
import type { Verdict } from "./verdict.ts";

/**
 * The verdict stamp: an internet header that tells Exchange (transport rules, message trace) what BCC Guard
 * decided, so that mail nobody checked can be told from mail that was. Only lower-case ASCII tokens and
 * numbers go in: never an address, a name or a subject.
 */
export const STAMP_HEADER = "X-BCC-Guard";

/** Where the stamp was written: at Send by the send handler, or while composing (phones, no check at Send). */
export type StampCheckpoint = "send" | "compose";

/** What kind of compose window it is; `unknown` where the client cannot say (before Mailbox 1.10). */
export type StampComposeType = "new" | "reply" | "reply-all" | "forward" | "unknown";

export interface StampFacts {
  /** The verdict, or `null` when the recipients could not be read (the stamp then says `action=error`, counts 0). */
  verdict: Verdict | null;
  policy: Policy;
  checked: StampCheckpoint;
  compose: StampComposeType;
}

/**
 * The header's value, keys in the contract's order:
 * `v=1; action=warn; mode=enforce; checked=compose; compose=new; visible=312; external=312; parties=298; groups=0; sensitive=no; policy=1a2b3c4d`.
 * `groups` counts visible entries with no usable address (contact groups), the only groups Office.js shows.
 */
export function formatStamp({ verdict, policy, checked, compose }: StampFacts): string {
  const counts = verdict?.counts;
  const pairs: [string, string][] = [
    ["v", "1"],
    ["action", verdict ? verdict.action : "error"],
    ["mode", policy.mode],
    ["checked", checked],
    ["compose", compose],
    ["visible", whole(counts?.visible)],
    ["external", whole(counts?.visibleExternal)],
    ["parties", whole(counts?.parties)],
    ["groups", whole(counts?.unresolved)],
    ["sensitive", verdict?.sensitive ? "yes" : "no"],
    ["policy", policyHash(policy)],
  ];
  return pairs.map(([key, value]) => `${key}=${value}`).join("; ");
}

/** FNV-1a (32 bits) over the UTF-8 bytes of the policy's canonical JSON (keys sorted), as 8 hex digits. */
export function policyHash(policy: Policy): string {
  return fnv1a32(canonicalJson(policy));
}

/** FNV-1a, 32 bits, over the UTF-8 bytes of `text`, as 8 lower-case hex digits. */
export function fnv1a32(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of utf8(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** JSON with every object's keys in sorted order, so that the same policy always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

function whole(value: number | undefined): string {
  return String(value !== undefined && Number.isFinite(value) ? Math.max(0, Math.trunc(value)) : 0);
}

// TextEncoder is not promised in every Outlook runtime; the policy is small, so a plain loop will do.
function utf8(text: string): number[] {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    else
      bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
  }
  return bytes;
}
