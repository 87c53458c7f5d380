import { describe, expect, it } from "vitest";

import { findSensitiveKeywords } from "./sensitiveKeywords.ts";

describe("findSensitiveKeywords", () => {
  it.each<[string, string, boolean]>([
    ["HIV clinic update", "hiv", true],
    ["results for hiv, hepatitis", "HIV", true],
    ["Your HIV-positive support group", "hiv", true],
    ["(HIV) testing", "hiv", true],
    ["ends with hiv", "hiv", true],
    ["hiv.", "hiv", true],
    ["the archive is attached", "hiv", false],
    ["HIVE meeting", "hiv", false],
    ["HIV2 study", "hiv", false],
    ["_hiv_", "hiv", true],
    ["sexual  health\n\tclinic", "sexual health clinic", true],
    ["SEXUAL HEALTH CLINIC", "sexual  health clinic", true],
    ["sexual health clinics near you", "sexual health clinic", false],
    ["asexual health clinic", "sexual health clinic", false],
    ["Ärzte-Info", "ärzte", true],
    ["die Ärzteschaft", "ärzte", false],
    ["HIV検査のお知らせ", "検査", true],
    ["Re: Gender identity panel", "gender identity", true],
    ["", "hiv", false],
    ["hiv", "   ", false],
  ])("in %j finds %j: %s", (text, keyword, found) => {
    expect(findSensitiveKeywords(text, [keyword])).toEqual(found ? [keyword] : []);
  });

  it("lists every keyword that occurs, in the policy's order", () => {
    expect(findSensitiveKeywords("PrEP and HIV testing for patients", ["patient", "hiv", "PrEP", "dentist"])).toEqual([
      "hiv",
      "PrEP",
    ]);
  });
});
