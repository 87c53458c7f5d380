import { toASCII } from "punycode/punycode.es6.js";

import type { RecipientInput } from "./message.ts";

/** A recipient whose address could be read. */
export interface ResolvedAddress {
  resolved: true;
  /** The address as given, unwrapped and trimmed (what is written back to Outlook). */
  address: string;
  displayName: string;
  /** The whole address lower-cased, domain in ASCII: two entries with one identity are one person. */
  identity: string;
  /** Lower-case ASCII domain, trailing dot dropped. */
  domain: string;
}

/**
 * An entry with no usable address, of one of two kinds:
 * - `"contact-group"`: a personal contact group (contact list). Outlook expands it at Send, so its members see
 *   each other, but Office.js gives no address and no members: `recipientType: "distributionList"` with an
 *   empty `emailAddress` on the web, Mac and classic Windows, a blank display name too in new Outlook. An entry
 *   with a name and no address text at all is read the same way, since clients disagree on `recipientType`.
 * - `"not-an-address"`: text that is not an address (a typo such as `not-an-address` or `Ann <broken`).
 * A distribution list *with* an SMTP address is a server-side list: one ordinary, resolved recipient.
 */
export interface UnresolvedAddress {
  resolved: false;
  kind: "contact-group" | "not-an-address";
  /** Whatever text the entry had (may be empty). */
  address: string;
  displayName: string;
}

export type NormalizedAddress = ResolvedAddress | UnresolvedAddress;

const ANGLE_FORM = /^([\s\S]*?)<([^<>]*)>\s*$/;
const PLAIN_ASCII = /^[a-z0-9_.-]*$/;
const PRINTABLE_ASCII = /^[!-~]*$/;
/** Dot-separated labels of 1 to 63 letters, digits, `_` and inner hyphens. */
const DOMAIN_LABELS = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*$/;

/**
 * Reads one recipient. `Name <addr>` is unwrapped (in a string or in `emailAddress`), the address trimmed,
 * the domain lower-cased, stripped of one trailing dot and converted to ASCII (IDN), so that
 * `Anna@München.de.` and `anna@xn--mnchen-3ya.de` are one identity.
 */
export function normalizeAddress(input: RecipientInput): NormalizedAddress {
  const given = typeof input === "string" ? { emailAddress: input } : input;
  const address = String(given.emailAddress ?? "");
  const displayName = typeof given.displayName === "string" ? given.displayName : "";
  const listType = typeof given.recipientType === "string" && given.recipientType.toLowerCase() === "distributionlist";
  return readAddress(address, displayName, listType);
}

function readAddress(givenAddress: string, givenName: string, listType: boolean): NormalizedAddress {
  let address = givenAddress.trim();
  let displayName = givenName.trim();
  const angle = address.includes("<") ? ANGLE_FORM.exec(address) : null;
  if (angle) {
    const name = unquote(angle[1] ?? "");
    address = (angle[2] ?? "").trim();
    if (!displayName) displayName = name;
  }
  const domain = asciiDomain(address);
  if (domain === null)
    return { resolved: false, kind: unresolvedKind(listType, address, displayName), address, displayName };
  const local = address.slice(0, address.lastIndexOf("@"));
  return {
    resolved: true,
    address,
    displayName: displayName || address,
    // Printable ASCII is its own NFC form: only other text needs composing.
    identity: `${(PRINTABLE_ASCII.test(local) ? local : nfc(local)).toLowerCase()}@${domain}`,
    domain,
  };
}

/** The lower-case ASCII domain of an address, or null when the text is not an address at all. */
function asciiDomain(address: string): string | null {
  const at = address.lastIndexOf("@");
  if (at <= 0) return null;
  // A half-typed "Ann <ann@x.com" or "<ann@x.com" is not an address: Outlook would not deliver it either.
  if (NOT_IN_ADDRESS.test(address)) return null;
  return normalizeDomain(address.slice(at + 1));
}

/** White space, control characters and the punctuation that frames or separates addresses. */
// eslint-disable-next-line no-control-regex -- control characters are what it must find
const NOT_IN_ADDRESS = /[\s\u0000-\u001f\u007f<>()[\],;:"\\]/;

function unresolvedKind(listType: boolean, address: string, displayName: string): UnresolvedAddress["kind"] {
  if (listType) return "contact-group";
  return address === "" && displayName !== "" ? "contact-group" : "not-an-address";
}

/**
 * Lower-cases a domain, drops one trailing dot and converts it to ASCII; null when it is not a domain.
 * Policy entries go through the same function, so `München.de` in a policy matches `xn--mnchen-3ya.de`.
 */
export function normalizeDomain(raw: string): string | null {
  let domain = raw.trim().toLowerCase();
  // Most domains are plain ASCII already; only the others need composing and punycode (the send handler's hot path).
  if (!PLAIN_ASCII.test(domain)) domain = nfc(raw).trim().toLowerCase();
  if (domain.endsWith(".")) domain = domain.slice(0, -1);
  if (!domain) return null;
  let ascii = domain;
  if (!PLAIN_ASCII.test(domain)) {
    try {
      ascii = toASCII(domain);
    } catch {
      return null;
    }
  }
  return DOMAIN_LABELS.test(ascii) ? ascii : null;
}

/**
 * Composes characters first: text pasted from macOS can spell ü as u + combining diaeresis, which punycode
 * would encode as another domain (xn--munchen-gie.de, not xn--mnchen-3ya.de). Guarded because the send
 * bundle runs in classic Outlook's own script runtime, where a missing method must not break Send.
 */
function nfc(text: string): string {
  return typeof text.normalize === "function" ? text.normalize("NFC") : text;
}

function unquote(name: string): string {
  const trimmed = name.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')
    ? trimmed.slice(1, -1).trim()
    : trimmed;
}
