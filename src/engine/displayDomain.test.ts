import { describe, expect, it } from "vitest";

import { assessMessage } from "./assess.ts";
import { DEFAULT_POLICY } from "./defaultPolicy.ts";
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

describe("the alerts' example names", () => {
  it("show an unnamed person's address with its domain as typed", () => {
    const names = assessMessage({ to: ["anna@xn--mnchen-3ya.de", "Bob <bob@acme.com>"] }, DEFAULT_POLICY).exampleNames;
    expect(names).toEqual(["anna@münchen.de", "Bob"]);
  });
});
