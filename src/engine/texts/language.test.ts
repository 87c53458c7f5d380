import { describe, expect, it } from "vitest";

import { pickLanguage } from "./language.ts";

describe("pickLanguage", () => {
  it.each([
    ["fr-FR", "fr"],
    ["fr", "fr"],
    ["FR-ca", "fr"],
    ["de-AT", "de"],
    ["es-MX", "es"],
    ["ja-JP", "ja"],
    ["ja_JP", "ja"],
    [" en-GB ", "en"],
  ] as const)("speaks %j as %s", (tag, language) => {
    expect(pickLanguage(tag)).toBe(language);
  });

  it.each([undefined, null, "", "  ", "pt-BR", "zh-Hant-TW", "frr", "x-fr"])("falls back to English for %j", (tag) => {
    expect(pickLanguage(tag)).toBe("en");
  });
});
