/**
 * The keywords that occur in the text as whole words or phrases, case-insensitively. Runs of white space
 * count as one space, so "HIV  clinic" matches the phrase "hiv clinic". A letter with upper and lower case,
 * a digit or `_` continues a word; any other character (punctuation, CJK) ends it, so Japanese keywords
 * match inside unspaced text. Written without regex look-behind so the send bundle stays ES2016.
 */
export function findSensitiveKeywords(text: string, keywords: readonly string[]): string[] {
  const haystack = collapse(text);
  if (!haystack) return [];
  return keywords.filter((keyword) => {
    const needle = collapse(keyword);
    return needle.length > 0 && containsWholeWord(haystack, needle);
  });
}

function collapse(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

function containsWholeWord(haystack: string, needle: string): boolean {
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack.charAt(at - 1);
    const after = haystack.charAt(at + needle.length);
    const startsWord = !isWordChar(needle.charAt(0)) || !isWordChar(before);
    const endsWord = !isWordChar(needle.charAt(needle.length - 1)) || !isWordChar(after);
    if (startsWord && endsWord) return true;
  }
  return false;
}

function isWordChar(char: string): boolean {
  if (!char) return false;
  return char.toLowerCase() !== char.toUpperCase() || (char >= "0" && char <= "9") || char === "_";
}
