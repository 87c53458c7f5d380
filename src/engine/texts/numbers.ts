import { count, plural } from "./count.ts";
import type { Language } from "./language.ts";

/**
 * Writes a whole number as the language does: "1,000" in English, "1 000" in French, "1.000" in German. The
 * same rendering as the alert's counts (`count`), so that the pane and the alert never write a figure apart.
 */
export function numberText(value: number, language: Language): string {
  return count(value, language).text;
}

/**
 * Picks the form for a count with the language's plural rules: `one` ("1 person"), `many` where the language
 * has it for large round numbers (French and Spanish millions), else `other`.
 */
export function pluralForm(value: number, language: Language, forms: { one: string; other: string; many?: string }) {
  return plural(count(value, language), forms);
}

/** "Ann, Bob and Carl" in the language's own words ("Ann, Bob et Carl", "Ann、Bob、Carl"). */
export function listText(items: readonly string[], language: Language): string {
  return new Intl.ListFormat(language, { style: "long", type: "conjunction" }).format(items);
}
