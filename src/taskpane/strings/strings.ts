import type { Language } from "../../engine/texts/language.ts";

import type { PaneStrings } from "./catalog.ts";
import { DE } from "./de.ts";
import { EN } from "./en.ts";
import { ES } from "./es.ts";
import { FR } from "./fr.ts";
import { JA } from "./ja.ts";

/** The task pane's words in each language of BCC Guard. */
export const PANE_STRINGS: Readonly<Record<Language, PaneStrings>> = { en: EN, fr: FR, de: DE, es: ES, ja: JA };
