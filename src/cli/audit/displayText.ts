/**
 * Text from mail (subjects, file names, addresses) made safe to print on a terminal: control characters
 * (an ESC could rewrite the screen), bidi controls and other invisible format characters (they can make a
 * subject read backwards) are shown as `\u{…}` escapes, and long text is cut with "…".
 */

const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;

export function escapeUnsafe(text: string): string {
  return text.replace(UNSAFE, (char) => `\\u{${char.codePointAt(0)!.toString(16).toUpperCase()}}`);
}

/** At most `max` characters (code points) once escaped, the last one "…" when something was cut. */
export function shortText(text: string, max: number): string {
  const escaped = [...escapeUnsafe(text.replace(/\s+/gu, " ").trim())];
  return escaped.length <= max ? escaped.join("") : `${escaped.slice(0, max - 1).join("")}…`;
}
