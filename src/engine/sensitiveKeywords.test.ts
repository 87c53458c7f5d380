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

  it.each<[string, string, boolean]>([
    ["Mental-health support group", "mental health", true],
    ["mental health support", "mental-health", true],
    ["Your test-results are ready", "test results", true],
    ["test_results.pdf attached", "test results", true],
    ["ＨＩＶ検査のご案内", "HIV", true],
    ["ＨＩＶ clinic", "hiv", true],
    ["HIV clinic", "ＨＩＶ", true],
    ["Straße der Gesundheit", "STRASSE", true],
    ["the archive is attached", "HIV", false],
    ["archive", "hiv*", false],
    ["Dear patients", "patient*", true],
    ["Patientenbrief", "patient*", true],
    ["outpatients", "patient*", false],
    ["patient", "patient*", true],
    ["mental-healthcare", "mental health*", true],
    ["mental-healthcare", "mental health", false],
    ["the HIV-1 study", "hiv 1", true],
    ["ＰｒＥＰ appointments", "prep", true],
    ["Résultats d'analyse", "résultats", true],
    ["Résultats d'analyse", "résultats", true],
    ["환자 안내", "환자", true],
    ["환자에게 드리는 안내", "환자", true],
    ["ผลตรวจเลือด", "ผลตรวจ", true],
    ["Пациенты клиники", "пациент*", true],
    ["מטופלים יקרים", "מטופלים", true],
    ["المرضى الأعزاء", "المرضى", true],
  ])("folds %j against %j: %s", (text, keyword, found) => {
    expect(findSensitiveKeywords(text, [keyword])).toEqual(found ? [keyword] : []);
  });

  it("ignores a keyword with no letter or digit, even a bare *", () => {
    expect(findSensitiveKeywords("a * b - c", ["*", "-", " "])).toEqual([]);
  });

  it("lists every keyword that occurs, in the policy's order", () => {
    expect(findSensitiveKeywords("PrEP and HIV testing for patients", ["patient", "hiv", "PrEP", "dentist"])).toEqual([
      "hiv",
      "PrEP",
    ]);
  });
});
