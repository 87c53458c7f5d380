import type { Catalog } from "./catalog.ts";
import { DE } from "./de.ts";
import { EN } from "./en.ts";
import { ES } from "./es.ts";
import { FR } from "./fr.ts";
import { JA } from "./ja.ts";
import type { Language } from "./language.ts";

/** The words of each language. */
export const CATALOGS: Record<Language, Catalog> = { en: EN, fr: FR, de: DE, es: ES, ja: JA };
