/**
 * Shortens `text` to at most `maxCharacters` characters (code points), ending with "…" when it had to cut.
 * Counting code points rather than UTF-16 units means an emoji's surrogate pair is kept whole or dropped whole.
 */
export function truncate(text: string, maxCharacters: number): string {
  const characters = Array.from(text);
  if (characters.length <= maxCharacters) return text;
  if (maxCharacters < 1) return "";
  // A space left before the ellipsis would read as a cut word ("Ann …").
  return trimEnd(characters.slice(0, maxCharacters - 1).join("")) + "…";
}

/**
 * Shortens plain text to at most `maxLength` UTF-16 units (what Outlook's limits count), ending with "…" when
 * it had to cut and never splitting a surrogate pair. Not for Markdown: a cut could split an escape.
 */
export function truncateToLength(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  if (maxLength < 1) return "";
  let kept = "";
  for (const character of text) {
    if (kept.length + character.length > maxLength - 1) break;
    kept += character;
  }
  return trimEnd(kept) + "…";
}

// String.prototype.trimEnd is ES2019; the events bundle targets an older runtime, and esbuild adds no polyfills.
function trimEnd(text: string): string {
  return text.replace(/\s+$/, "");
}
