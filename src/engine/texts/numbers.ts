import type { Language } from "./language.ts";

/** Writes a whole number as the language does: "1,000" in English, "1 000" in French, "1.000" in German. */
export function numberText(value: number, language: Language): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(value);
}

/**
 * Picks the form for a count with the language's plural rules: `one` ("1 person"), `many` where the language
 * has it for large round numbers (French and Spanish millions), else `other`.
 */
export function pluralForm(value: number, language: Language, forms: { one: string; other: string; many?: string }) {
  const category = new Intl.PluralRules(language).select(value);
  if (category === "one") return forms.one;
  if (category === "many" && forms.many !== undefined) return forms.many;
  return forms.other;
}

/** "Ann, Bob and Carl" in the language's own words ("Ann, Bob et Carl", "Ann、Bob、Carl"). */
export function listText(items: readonly string[], language: Language): string {
  return new Intl.ListFormat(language, { style: "long", type: "conjunction" }).format(items);
}
