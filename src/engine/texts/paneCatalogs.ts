import type { Language } from "./language.ts";
import type { PaneStrings } from "./paneCatalog.ts";
import { DE_PANE } from "./de/pane.ts";
import { EN_PANE } from "./en/pane.ts";
import { ES_PANE } from "./es/pane.ts";
import { FR_PANE } from "./fr/pane.ts";
import { JA_PANE } from "./ja/pane.ts";

/** The task pane's words in each language of BCC Guard. */
export const PANE_STRINGS: Readonly<Record<Language, PaneStrings>> = {
  en: EN_PANE,
  fr: FR_PANE,
  de: DE_PANE,
  es: ES_PANE,
  ja: JA_PANE,
};
