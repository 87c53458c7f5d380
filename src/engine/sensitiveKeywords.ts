/*
 * Keyword matching as a reader would judge it, in any language:
 * - text and keywords are compared after Unicode NFKC folding (full-width `ＨＩＶ` is `HIV`, the ligature `ﬁ` is
 *   `fi`) and case folding (`STRASSE` is `straße`);
 * - a word is a run of letters and digits; every other character separates words, so `mental-health`,
 *   `mental_health` and `mental  health` are the phrase "mental health", and `HIV` does not match `archive`;
 * - a keyword ending in `*` matches the words that start with it (`patient*`: patients, patiente);
 * - in scripts written without spaces (Chinese, Japanese, Korean, Thai…) a keyword matches inside the text,
 *   since no character marks where a word ends.
 * Written without regex look-behind or `\p{…}` classes so that the send bundle stays ES2016.
 */

/** A keyword ready to look for: its folded words, and whether its last word is a prefix. */
interface Needle {
  text: string;
  prefix: boolean;
}

/** The keywords that occur in the text, in the policy's order. */
export function findSensitiveKeywords(text: string, keywords: readonly string[]): string[] {
  const haystack = foldWords(text);
  if (!haystack) return [];
  return keywords.filter((keyword) => matches(haystack, keyword));
}

/** True as soon as one keyword occurs in the text (the send handler's question). */
export function hasSensitiveKeyword(text: string, keywords: readonly string[]): boolean {
  const haystack = foldWords(text);
  return haystack !== "" && keywords.some((keyword) => matches(haystack, keyword));
}

function matches(haystack: string, keyword: string): boolean {
  const needle = toNeedle(keyword);
  return needle !== null && contains(haystack, needle);
}

function toNeedle(keyword: string): Needle | null {
  const trimmed = keyword.trim();
  const prefix = trimmed.endsWith("*");
  const text = foldWords(prefix ? trimmed.slice(0, -1) : trimmed);
  return text ? { text, prefix } : null;
}

/** NFKC, case folding, and every run of separators as one space, trimmed. */
export function foldWords(text: string): string {
  const normalized = typeof text.normalize === "function" ? text.normalize("NFKC") : text;
  // Upper then lower case folds what lower case alone keeps apart (ß and SS, final and medial sigma).
  const folded = normalized.toUpperCase().toLowerCase();
  let out = "";
  let pendingSpace = false;
  for (const char of folded) {
    if (isWordChar(char) || isUnspacedChar(char)) {
      if (pendingSpace && out) out += " ";
      pendingSpace = false;
      out += char;
    } else {
      pendingSpace = true;
    }
  }
  return out;
}

function contains(haystack: string, needle: Needle): boolean {
  const { text } = needle;
  for (let at = haystack.indexOf(text); at !== -1; at = haystack.indexOf(text, at + 1)) {
    const startsWord = !isWordChar(firstChar(text)) || !isWordChar(lastCharBefore(haystack, at));
    const endsWord =
      needle.prefix ||
      !isWordChar(lastCharBefore(text, text.length)) ||
      !isWordChar(firstChar(haystack, at + text.length));
    if (startsWord && endsWord) return true;
  }
  return false;
}

function firstChar(text: string, at = 0): string {
  const code = text.codePointAt(at);
  return code === undefined ? "" : String.fromCodePoint(code);
}

function lastCharBefore(text: string, end: number): string {
  if (end <= 0) return "";
  const low = text.charCodeAt(end - 1);
  const isLowSurrogate = low >= 0xdc00 && low <= 0xdfff && end >= 2;
  return text.slice(isLowSurrogate ? end - 2 : end - 1, end);
}

/**
 * A letter or digit of a script that separates words with spaces: any cased letter (Latin, Greek, Cyrillic,
 * Armenian…), a digit, a combining mark, and the uncased letters of Hebrew, Arabic and the Indic scripts.
 */
function isWordChar(char: string): boolean {
  if (!char) return false;
  if (char.toLowerCase() !== char.toUpperCase()) return true;
  const code = char.codePointAt(0) ?? 0;
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x0300 && code <= 0x036f) || // combining diacritics
    (code >= 0x05d0 && code <= 0x05ea) || // Hebrew letters
    (code >= 0x0620 && code <= 0x064a) || // Arabic letters
    (code >= 0x064b && code <= 0x0669) || // Arabic marks and digits
    (code >= 0x0671 && code <= 0x06d3) ||
    (code >= 0x06f0 && code <= 0x06f9) ||
    (code >= 0x0900 && code <= 0x0d7f) || // Devanagari to Malayalam
    (code >= 0x1200 && code <= 0x137f) // Ethiopic
  );
}

/** Letters of scripts written without spaces between words: a keyword in them matches inside the text. */
function isUnspacedChar(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (
    (code >= 0x0e00 && code <= 0x0eff) || // Thai, Lao
    (code >= 0x1000 && code <= 0x109f) || // Myanmar
    (code >= 0x1100 && code <= 0x11ff) || // Hangul Jamo
    (code >= 0x1780 && code <= 0x17ff) || // Khmer
    (code >= 0x3040 && code <= 0x30ff) || // Hiragana, Katakana
    (code >= 0x3130 && code <= 0x318f) || // Hangul compatibility Jamo
    (code >= 0x3400 && code <= 0x4dbf) || // CJK extension A
    (code >= 0x4e00 && code <= 0x9fff) || // CJK ideographs
    (code >= 0xac00 && code <= 0xd7af) || // Hangul syllables
    (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility
    code >= 0x20000 // CJK extensions beyond the BMP
  );
}
