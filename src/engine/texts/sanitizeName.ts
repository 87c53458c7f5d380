import { MAX_ORGANIZATION_LENGTH } from "../policy.ts";
import { truncate, truncateToLength } from "./truncate.ts";

/** Longest name shown in an alert, in characters; longer names end with "…". */
export const MAX_NAME_LENGTH = 40;

// Control characters and line or paragraph separators could fake a line break inside the alert; they become spaces.
const BREAKING = /[\p{Cc}\p{Zl}\p{Zp}]/gu;
// Format characters (bidi overrides, isolates and marks, zero-width characters, soft hyphens, tags) and lone
// surrogates are invisible or reorder the text around them: a name could make the alert read backwards.
const INVISIBLE = /[\p{Cf}\p{Cs}]/gu;
const SPACES = /\s+/gu;
// A name (or organisation) that carries a web address or the middle of a Markdown link is dropped rather than shown: some clients
// turn a plain "https://…" into a link, and a phishing lure does not become harmless by losing its colon.
// An e-mail address is not a web address and is shown as is.
const LINK_LIKE = /:\/\/|\]\(|\bwww\./iu;
// Display names are short in practice (Outlook keeps 255 characters); reading further is wasted work on a hostile one.
const MAX_SCANNED_LENGTH = 1000;

/**
 * Makes text from outside (a display name chosen by whoever owns the address) safe to show as plain text:
 * no control, bidi or zero-width characters, whitespace collapsed, trimmed. Markdown escaping comes later.
 */
export function cleanText(raw: string): string {
  return raw.replace(INVISIBLE, "").replace(BREAKING, " ").replace(SPACES, " ").trim();
}

/**
 * A display name as it may appear in an alert, or `null` when it must not appear: empty once cleaned, or
 * link-like (it contains "://", "](" or "www."). At most `maxCharacters` characters long (default
 * `MAX_NAME_LENGTH`).
 */
export function sanitizeName(raw: unknown, maxCharacters: number = MAX_NAME_LENGTH): string | null {
  if (typeof raw !== "string") return null;
  const cleaned = cleanText(raw.slice(0, MAX_SCANNED_LENGTH));
  if (cleaned === "" || LINK_LIKE.test(cleaned)) return null;
  return truncate(cleaned, maxCharacters);
}

/** The first `max` names that may be shown, cleaned, in their original order; the others are skipped. */
export function sanitizeNames(raw: readonly unknown[], max: number): string[] {
  const names: string[] = [];
  for (const name of Array.isArray(raw) ? raw : []) {
    if (names.length >= max) break;
    const clean = sanitizeName(name);
    if (clean !== null) names.push(clean);
  }
  return names;
}

/**
 * The organisation's name as shown in alerts, or `null` for "your organisation". The admin chose it, but the
 * same rules hold: cleaned, never link-like (a name such as "Contoso (www.contoso.com)" gives "your
 * organisation"), and no longer than the schema allows.
 */
export function sanitizeOrganization(raw: unknown): string | null {
  if (typeof raw !== "string") return null;
  const cleaned = cleanText(raw.slice(0, MAX_SCANNED_LENGTH));
  if (cleaned === "" || LINK_LIKE.test(cleaned)) return null;
  // The schema counts UTF-16 units, so the same measure here keeps the limits' arithmetic true.
  return truncateToLength(cleaned, MAX_ORGANIZATION_LENGTH);
}
