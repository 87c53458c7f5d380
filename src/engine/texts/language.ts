/** The languages every user-facing text exists in. */
export type Language = "en" | "fr" | "de" | "es" | "ja";

export const LANGUAGES: readonly Language[] = ["en", "fr", "de", "es", "ja"];

/**
 * The language to speak to the user in, from Outlook's display language (a BCP 47 tag such as "fr-FR").
 * Only the primary subtag counts, case-insensitively ("FR-ca" is French); anything else falls back to English.
 */
export function pickLanguage(displayLanguage: string | undefined | null): Language {
  if (typeof displayLanguage !== "string") return "en";
  const primary = displayLanguage.trim().split(/[-_]/)[0]?.toLowerCase() ?? "";
  return LANGUAGES.find((language) => language === primary) ?? "en";
}
