import type { ComposeType } from "./composeType.ts";
import type { Policy } from "./policy.ts";
import type { Verdict } from "./verdict.ts";

/**
 * The verdict stamp: an internet header written on every message the send handler lets go or warns about, so
 * that Exchange rules, an audit or an admin reading a message's source can tell what the guard decided. It
 * holds figures and fixed words only, never an address, a name or a subject. The format is a contract shared
 * with the Exchange rules and the audit (README, docs/verdict-stamp.md); change it only with a new `v`.
 *
 *   X-BCC-Guard: v=1; action=warn; mode=enforce; checked=send; compose=reply; visible=312; external=312;
 *                parties=298; groups=0; sensitive=no; policy=1a2b3c4d
 */
export const STAMP_HEADER = "X-BCC-Guard";

/** The only format version this code writes and reads. */
export const STAMP_VERSION = 1;

export type StampAction = "allow" | "warn" | "block" | "error";

export interface VerdictStamp {
  v: typeof STAMP_VERSION;
  /**
   * The engine's verdict under the policy (warn-only has already turned a block into a warn); in monitor mode
   * the verdict enforce would have given; `error` when the recipients could not be read (counts are then 0).
   */
  action: StampAction;
  mode: Policy["mode"];
  /** `send`: written by the send handler; `compose`: by the recipients-changed handler while composing. */
  checked: "send" | "compose";
  compose: ComposeType;
  /** People in To and Cc. */
  visible: number;
  /** People outside the organisation in To and Cc. */
  external: number;
  /** Distinct outside organisations (each private address counts as one). */
  parties: number;
  /** Visible entries with no address, such as contact groups. */
  groups: number;
  sensitive: boolean;
  /** `policyFingerprint` of the policy that decided. */
  policy: string;
}

/** What the stamp says about the message beyond the verdict. */
export interface StampContext {
  checked: VerdictStamp["checked"];
  compose: ComposeType;
}

export function stampFromVerdict(verdict: Verdict, policy: Policy, context: StampContext): VerdictStamp {
  return {
    v: STAMP_VERSION,
    action: verdict.action,
    mode: policy.mode,
    checked: context.checked,
    compose: context.compose,
    visible: verdict.counts.visible,
    external: verdict.counts.visibleExternal,
    parties: verdict.counts.parties,
    groups: verdict.counts.unresolved,
    sensitive: verdict.sensitive,
    policy: policyFingerprint(policy),
  };
}

/** The stamp when the recipients could not be read: `policy.onError` decided, nothing was counted. */
export function errorStamp(policy: Policy, context: StampContext): VerdictStamp {
  return {
    v: STAMP_VERSION,
    action: "error",
    mode: policy.mode,
    checked: context.checked,
    compose: context.compose,
    visible: 0,
    external: 0,
    parties: 0,
    groups: 0,
    sensitive: false,
    policy: policyFingerprint(policy),
  };
}

const KEYS = [
  "v",
  "action",
  "mode",
  "checked",
  "compose",
  "visible",
  "external",
  "parties",
  "groups",
  "sensitive",
  "policy",
] as const;

/** The header value: `key=value` pairs in the contract's order, joined by "; ". */
export function formatStamp(stamp: VerdictStamp): string {
  const value = (key: (typeof KEYS)[number]): string => {
    const field = stamp[key];
    if (typeof field === "boolean") return field ? "yes" : "no";
    if (typeof field === "number") return countText(field);
    return field;
  };
  return KEYS.map((key) => `${key}=${value(key)}`).join("; ");
}

/** Counts are non-negative integers; anything else (which no verdict holds) is written as 0, never as "NaN". */
function countText(n: number): string {
  return Number.isSafeInteger(n) && n >= 0 ? String(n) : "0";
}

export type ParsedStamp = { ok: true; stamp: VerdictStamp } | { ok: false; problem: string };

const WORDS = {
  action: ["allow", "warn", "block", "error"],
  mode: ["enforce", "warn-only", "monitor"],
  checked: ["send", "compose"],
  compose: ["new", "reply", "reply-all", "forward", "unknown"],
  sensitive: ["yes", "no"],
} as const;

const COUNT_KEYS = ["visible", "external", "parties", "groups"] as const;

/**
 * Reads a header value back (the audit and the tests use it). Strict: every key once, in order, values from
 * the contract; whitespace around pairs and the case of the value are forgiven, since mail servers may fold
 * a header or change its case. A version other than 1 is reported as such, so a reader can say "newer stamp".
 */
export function parseStamp(header: string): ParsedStamp {
  const pairs = header
    .replace(/\r?\n[ \t]+/g, " ")
    .trim()
    .toLowerCase()
    .split(";")
    .map((pair) => pair.trim())
    .filter((pair) => pair !== "");
  const found = new Map<string, string>();
  for (const pair of pairs) {
    const match = /^([a-z]+)=([a-z0-9-]+)$/.exec(pair);
    if (!match) return { ok: false, problem: `"${pair.slice(0, 40)}" is not a key=value pair` };
    const [, key = "", value = ""] = match;
    if (found.has(key)) return { ok: false, problem: `"${key}" appears twice` };
    found.set(key, value);
  }
  const version = found.get("v");
  if (version === undefined) return { ok: false, problem: 'no version ("v")' };
  if (version !== String(STAMP_VERSION)) return { ok: false, problem: `version ${version} is not supported` };
  const keys = [...found.keys()];
  if (keys.length !== KEYS.length || keys.some((key, i) => key !== KEYS[i])) {
    return { ok: false, problem: `keys must be ${KEYS.join(", ")} in that order` };
  }
  for (const [key, allowed] of Object.entries(WORDS)) {
    const value = found.get(key) ?? "";
    if (!(allowed as readonly string[]).includes(value)) return { ok: false, problem: `${key}=${value} is unknown` };
  }
  for (const key of COUNT_KEYS) {
    const value = found.get(key) ?? "";
    if (!/^(0|[1-9][0-9]{0,15})$/.test(value) || !Number.isSafeInteger(Number(value))) {
      return { ok: false, problem: `${key}=${value} is not a count` };
    }
  }
  const policy = found.get("policy") ?? "";
  if (!/^[0-9a-f]{8}$/.test(policy)) return { ok: false, problem: `policy=${policy} is not 8 hex digits` };
  const word = <K extends keyof typeof WORDS>(key: K) => found.get(key) as (typeof WORDS)[K][number];
  const count = (key: (typeof COUNT_KEYS)[number]) => Number(found.get(key));
  return {
    ok: true,
    stamp: {
      v: STAMP_VERSION,
      action: word("action"),
      mode: word("mode"),
      checked: word("checked"),
      compose: word("compose"),
      visible: count("visible"),
      external: count("external"),
      parties: count("parties"),
      groups: count("groups"),
      sensitive: word("sensitive") === "yes",
      policy,
    },
  };
}

/**
 * A short name for a resolved policy: FNV-1a (32-bit) over the UTF-8 bytes of its canonical JSON (object keys
 * sorted at every level, arrays in their order, no spaces), as 8 lower-case hex digits. Equal policies give
 * equal fingerprints wherever they are computed (the add-in, the CLI); any change to a value changes it with
 * near certainty. It names a version; it is not a security check.
 */
export function policyFingerprint(policy: Policy): string {
  return fnv1a32(canonicalJson(policy));
}

/** FNV-1a, 32-bit, over the UTF-8 bytes of `text`, as 8 lower-case hex digits. */
export function fnv1a32(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of utf8(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** JSON with object keys sorted, so that the order a file was written in does not change the fingerprint. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((entry) => canonicalJson(entry ?? null)).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

// TextEncoder is not promised in classic Outlook's JavaScript-only runtime, so the bytes are made by hand.
function* utf8(text: string): Generator<number> {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0xfffd;
    // A lone surrogate is encoded as U+FFFD, as TextEncoder does.
    const point = code >= 0xd800 && code <= 0xdfff ? 0xfffd : code;
    if (point < 0x80) yield point;
    else if (point < 0x800) {
      yield 0xc0 | (point >> 6);
      yield 0x80 | (point & 0x3f);
    } else if (point < 0x10000) {
      yield 0xe0 | (point >> 12);
      yield 0x80 | ((point >> 6) & 0x3f);
      yield 0x80 | (point & 0x3f);
    } else {
      yield 0xf0 | (point >> 18);
      yield 0x80 | ((point >> 12) & 0x3f);
      yield 0x80 | ((point >> 6) & 0x3f);
      yield 0x80 | (point & 0x3f);
    }
  }
}
