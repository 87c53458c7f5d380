import { describe, expect, it } from "vitest";

import { UNRESOLVED_ENTRIES } from "../../test/support/messageArbitraries.ts";

import type { RecipientInput } from "./message.ts";
import { normalizeAddress, normalizeDomain } from "./normalizeAddress.ts";
import type { NormalizedAddress } from "./normalizeAddress.ts";

describe("normalizeAddress", () => {
  it.each<[string, RecipientInput, NormalizedAddress]>([
    [
      "a plain address",
      "anna@contoso.com",
      {
        resolved: true,
        address: "anna@contoso.com",
        displayName: "anna@contoso.com",
        identity: "anna@contoso.com",
        domain: "contoso.com",
      },
    ],
    [
      "surrounding white space",
      "  \tanna@contoso.com \n",
      {
        resolved: true,
        address: "anna@contoso.com",
        displayName: "anna@contoso.com",
        identity: "anna@contoso.com",
        domain: "contoso.com",
      },
    ],
    [
      "Name <address>, case kept in the address written back",
      "Anna Berg <Anna.Berg@Contoso.COM>",
      {
        resolved: true,
        address: "Anna.Berg@Contoso.COM",
        displayName: "Anna Berg",
        identity: "anna.berg@contoso.com",
        domain: "contoso.com",
      },
    ],
    [
      "a quoted display name with a comma",
      '"Berg, Anna" < anna@contoso.com >',
      {
        resolved: true,
        address: "anna@contoso.com",
        displayName: "Berg, Anna",
        identity: "anna@contoso.com",
        domain: "contoso.com",
      },
    ],
    [
      "Name <address> inside an Office.js object",
      { emailAddress: "Anna Berg <anna@contoso.com>" },
      {
        resolved: true,
        address: "anna@contoso.com",
        displayName: "Anna Berg",
        identity: "anna@contoso.com",
        domain: "contoso.com",
      },
    ],
    [
      "the object's own display name over the unwrapped one",
      { emailAddress: "Someone <anna@contoso.com>", displayName: " Anna B " },
      {
        resolved: true,
        address: "anna@contoso.com",
        displayName: "Anna B",
        identity: "anna@contoso.com",
        domain: "contoso.com",
      },
    ],
    [
      "a trailing dot on the domain",
      { emailAddress: "Anna@Contoso.com.", displayName: "Anna" },
      {
        resolved: true,
        address: "Anna@Contoso.com.",
        displayName: "Anna",
        identity: "anna@contoso.com",
        domain: "contoso.com",
      },
    ],
    [
      "an IDN domain, converted to ASCII",
      "Jörg@München.DE",
      {
        resolved: true,
        address: "Jörg@München.DE",
        displayName: "Jörg@München.DE",
        identity: "jörg@xn--mnchen-3ya.de",
        domain: "xn--mnchen-3ya.de",
      },
    ],
    [
      "a display name that looks like an address is only a name",
      "anna@contoso.com <mallory@evil.io>",
      {
        resolved: true,
        address: "mallory@evil.io",
        displayName: "anna@contoso.com",
        identity: "mallory@evil.io",
        domain: "evil.io",
      },
    ],
  ])("reads %s", (_, input, expected) => {
    expect(normalizeAddress(input)).toEqual(expected);
  });

  it.each<[RecipientInput, RecipientInput]>([
    ["Anna@Contoso.com", "anna@contoso.com"],
    ["anna@münchen.de", "ANNA@xn--mnchen-3ya.de"],
    ["anna@MÜNCHEN.de", "anna@münchen.de"],
    ["anna@contoso.com.", "anna@contoso.com"],
    ["anna@mu\u0308nchen.de", "anna@münchen.de"],
    ["jo\u0308rg@contoso.com", "JÖRG@contoso.com"],
    ["Anna <anna@contoso.com>", { emailAddress: " anna@CONTOSO.com ", displayName: "A. Berg" }],
    ["ANNA.BERG@CONTOSO.COM", '"Berg, Anna" <anna.berg@contoso.com>'],
  ])("treats %j and %j as one person", (a, b) => {
    const first = normalizeAddress(a);
    const second = normalizeAddress(b);
    expect(first.resolved && second.resolved).toBe(true);
    if (first.resolved && second.resolved) expect(first.identity).toBe(second.identity);
  });

  it.each<[string, string]>([
    ["anna@contoso.com", "anna@contoso.co"],
    ["anna.berg@contoso.com", "annaberg@contoso.com"],
    ["anna@uk.contoso.com", "anna@contoso.com"],
  ])("keeps %s and %s apart", (a, b) => {
    const first = normalizeAddress(a);
    const second = normalizeAddress(b);
    expect(first.resolved && second.resolved).toBe(true);
    if (first.resolved && second.resolved) expect(first.identity).not.toBe(second.identity);
  });

  it.each(UNRESOLVED_ENTRIES.map((entry) => [entry]))("marks %j as unresolved", (entry) => {
    expect(normalizeAddress(entry).resolved).toBe(false);
  });

  it("keeps the name and text of an unresolved contact group so the user can be told which entry it is", () => {
    expect(normalizeAddress({ emailAddress: "", displayName: " Sales Team " })).toEqual({
      resolved: false,
      kind: "contact-group",
      address: "",
      displayName: "Sales Team",
    });
    expect(normalizeAddress("Sales Team")).toEqual({
      resolved: false,
      kind: "not-an-address",
      address: "Sales Team",
      displayName: "",
    });
  });

  it("treats an entry a host returns without any address as unresolved instead of failing", () => {
    const missing = { displayName: "Ghost" } as unknown as RecipientInput;
    expect(normalizeAddress(missing)).toEqual({
      resolved: false,
      kind: "contact-group",
      address: "",
      displayName: "Ghost",
    });
  });

  it.each<[string, RecipientInput, "contact-group" | "not-an-address" | "resolved"]>([
    [
      "a personal group on the web, Mac and classic",
      { emailAddress: "", displayName: "PrEP patients", recipientType: "distributionList" },
      "contact-group",
    ],
    [
      "a personal group with a blank name (new Outlook)",
      { emailAddress: "", displayName: "", recipientType: "distributionList" },
      "contact-group",
    ],
    [
      "a personal group whose address field holds its name",
      { emailAddress: "PrEP patients", displayName: "PrEP patients", recipientType: "distributionList" },
      "contact-group",
    ],
    [
      "a personal group with an Exchange X.500 path",
      { emailAddress: "/o=ExchangeLabs/ou=Exchange/cn=Recipients/cn=abc", recipientType: "distributionList" },
      "contact-group",
    ],
    [
      "a personal group with undefined address (web)",
      { displayName: "Team", recipientType: "distributionList" } as unknown as RecipientInput,
      "contact-group",
    ],
    [
      "a personal group typed in another case",
      { emailAddress: "", displayName: "Team", recipientType: "DistributionList" },
      "contact-group",
    ],
    [
      "a server distribution list",
      { emailAddress: "all-staff@contoso.com", displayName: "All staff", recipientType: "distributionList" },
      "resolved",
    ],
    ["a typo", "not-an-address", "not-an-address"],
    [
      "a typo returned by a client",
      { emailAddress: "not-an-address", displayName: "not-an-address", recipientType: "other" },
      "not-an-address",
    ],
    ["a half-typed angle form", "Name <broken", "not-an-address"],
    ["an angle form with no closing bracket", "Name <broken@example.com", "not-an-address"],
    ["an opening bracket glued to an address", "<broken@example.com", "not-an-address"],
    ["two addresses in one entry", "a@example.com;b@example.com", "not-an-address"],
    ["an empty entry", "", "not-an-address"],
  ])("reads %s as %s", (_, input, expected) => {
    const normalized = normalizeAddress(input);
    expect(normalized.resolved ? "resolved" : normalized.kind).toBe(expected);
  });

  it("reads an address again when its name or kind differs from the time before (the send path reads each entry several times)", () => {
    const reads = [
      { emailAddress: "Anna@Contoso.com", displayName: "Anna Berg" },
      { emailAddress: "Anna@Contoso.com", displayName: "Berg, Anna" },
      { emailAddress: "Anna@Contoso.com" },
      { emailAddress: "", displayName: "Team", recipientType: "distributionList" },
      { emailAddress: "", displayName: "Team" },
      { emailAddress: "", displayName: "" },
      { emailAddress: "", displayName: "", recipientType: "distributionList" },
    ].map((input) => {
      const first = normalizeAddress(input);
      expect(normalizeAddress({ ...input }), JSON.stringify(input)).toEqual(first);
      return first.resolved ? first.displayName : `${first.kind} ${first.displayName}`;
    });
    expect(reads).toEqual([
      "Anna Berg",
      "Berg, Anna",
      "Anna@Contoso.com",
      "contact-group Team",
      "contact-group Team",
      "not-an-address ",
      "contact-group ",
    ]);
  });
});

describe("normalizeDomain", () => {
  it.each<[string, string | null]>([
    ["contoso.com", "contoso.com"],
    [" Contoso.COM ", "contoso.com"],
    ["contoso.com.", "contoso.com"],
    ["München.de.", "xn--mnchen-3ya.de"],
    ["xn--mnchen-3ya.de", "xn--mnchen-3ya.de"],
    ["Mu\u0308nchen.de", "xn--mnchen-3ya.de"],
    ["", null],
    [".", null],
    ["contoso..com", null],
    ["*.contoso.com", null],
    ["contoso com", null],
    ["-contoso.com", null],
  ])("reads the policy domain %j as %j", (raw, expected) => {
    expect(normalizeDomain(raw)).toBe(expected);
  });
});
