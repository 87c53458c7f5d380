import { describe, expect, it } from "vitest";

import { evaluate } from "./evaluate.ts";
import { registrableDomain, TWO_LEVEL_PUBLIC_SUFFIXES } from "./publicSuffixes.ts";
import { contosoPolicy, SENDER } from "./testMessages.ts";

const partiesOf = (to: string[]): number => evaluate({ from: SENDER, to }, contosoPolicy()).counts.parties;

describe("two-level public suffixes", () => {
  it("cover the common country suffixes, with at least 30 entries", () => {
    expect(TWO_LEVEL_PUBLIC_SUFFIXES.size).toBeGreaterThanOrEqual(30);
    for (const suffix of [
      "co.uk",
      "org.uk",
      "ac.uk",
      "nhs.uk",
      "com.au",
      "co.nz",
      "co.jp",
      "com.cn",
      "com.br",
      "co.za",
    ])
      expect(TWO_LEVEL_PUBLIC_SUFFIXES).toContain(suffix);
  });

  it.each([...TWO_LEVEL_PUBLIC_SUFFIXES].map((suffix) => [suffix]))(
    "under %s, one company's domains are one party and two companies are two",
    (suffix) => {
      expect(partiesOf([`a@acme.${suffix}`, `b@mail.acme.${suffix}`])).toBe(1);
      expect(partiesOf([`a@acme.${suffix}`, `b@globex.${suffix}`])).toBe(2);
    },
  );
});

describe("registrableDomain", () => {
  it.each<[string, string]>([
    ["acme.com", "acme.com"],
    ["sales.acme.com", "acme.com"],
    ["a.b.c.acme.com", "acme.com"],
    ["acme.co.uk", "acme.co.uk"],
    ["mail.acme.co.uk", "acme.co.uk"],
    ["co.uk", "co.uk"],
    ["uk.com", "uk.com"],
    ["localhost", "localhost"],
    ["mail.xn--mnchen-3ya.de", "xn--mnchen-3ya.de"],
  ])("gives %s the organisation %s", (domain, expected) => {
    expect(registrableDomain(domain)).toBe(expected);
  });
});
