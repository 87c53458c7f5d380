import type { Language } from "./language.ts";

/** A number ready to be written in a sentence: as the language writes it, with its plural category. */
export interface Count {
  value: number;
  /** "1,000,000" in English, "1 000 000" in French, "1.000.000" in German. */
  text: string;
  /** CLDR plural category: "one" and "other" everywhere, "many" for French and Spanish millions. */
  category: Intl.LDMLPluralRule;
}

/**
 * Builds a count from a number of people or entries: a whole number from 0 to `Number.MAX_SAFE_INTEGER`
 * (anything else is no real count and is brought into that range, which bounds the length of every text).
 */
export function count(value: number, language: Language): Count {
  const whole = Number.isFinite(value) ? Math.min(Math.max(0, Math.trunc(value)), Number.MAX_SAFE_INTEGER) : 0;
  return { value: whole, text: formatNumber(whole, language), category: pluralCategory(whole, language) };
}

/** The form matching a count: `one` for "1 person", `many` for "1 000 000 de personnes", else `other`. */
export function plural(c: Count, forms: { one: string; other: string; many?: string }): string {
  if (c.category === "one") return forms.one;
  if (c.category === "many" && forms.many !== undefined) return forms.many;
  return forms.other;
}

// Intl is standard, but the send handler runs in Outlook's own JavaScript runtime; should Intl be missing or
// throw there, a plain rendering still lets the alert appear, which matters more than perfect digit grouping.
// Building an Intl formatter costs far more than using one, and an alert tries dozens of candidate texts.
const numberFormats = new Map<Language, Intl.NumberFormat | null>();
const pluralRules = new Map<Language, Intl.PluralRules | null>();

function formatNumber(value: number, language: Language): string {
  const format = cached(numberFormats, language, () => new Intl.NumberFormat(language, { maximumFractionDigits: 0 }));
  if (format) return format.format(value);
  const separator = { en: ",", ja: ",", fr: "\u202f", de: ".", es: "." }[language];
  return String(value).replace(/\B(?=(\d{3})+$)/g, separator);
}

function pluralCategory(value: number, language: Language): Intl.LDMLPluralRule {
  const rules = cached(pluralRules, language, () => new Intl.PluralRules(language));
  if (rules) return rules.select(value);
  if (language === "ja") return "other";
  if (language === "fr") return value < 2 ? "one" : "other";
  return value === 1 ? "one" : "other";
}

function cached<T>(cache: Map<Language, T | null>, language: Language, create: () => T): T | null {
  if (!cache.has(language)) {
    try {
      cache.set(language, create());
    } catch {
      cache.set(language, null);
    }
  }
  return cache.get(language) ?? null;
}
