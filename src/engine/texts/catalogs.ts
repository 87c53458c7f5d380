import type { Catalog } from "./catalog.ts";
import { DE } from "./de/alerts.ts";
import { EN } from "./en/alerts.ts";
import { ES } from "./es/alerts.ts";
import { FR } from "./fr/alerts.ts";
import { JA } from "./ja/alerts.ts";
import type { Language } from "./language.ts";

/** The words of each language. */
export const CATALOGS: Record<Language, Catalog> = { en: EN, fr: FR, de: DE, es: ES, ja: JA };
