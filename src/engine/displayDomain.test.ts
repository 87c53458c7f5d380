import { describe, expect, it } from "vitest";

import { displayAddress, displayDomain } from "./displayDomain.ts";
import { normalizeAddress } from "./normalizeAddress.ts";

describe("displayDomain", () => {
  it.each<[string, string]>([
    ["xn--mnchen-3ya.de", "münchen.de"],
    ["mail.xn--mnchen-3ya.de", "mail.münchen.de"],
    ["xn--fiqs8s.xn--fiqs8s", "中国.中国"],
    ["contoso.com", "contoso.com"],
  ])("shows %s as %s", (domain, shown) => {
    expect(displayDomain(domain)).toBe(shown);
  });

  it("shows an address's domain as typed while its identity stays ASCII", () => {
    const anna = normalizeAddress("anna@München.de");
    expect(anna.resolved && [anna.identity, displayAddress(anna.identity)]).toEqual([
      "anna@xn--mnchen-3ya.de",
      "anna@münchen.de",
    ]);
  });
});
