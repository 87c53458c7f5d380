import { describe, expect, it } from "vitest";

import { DEFAULT_POLICY } from "./defaultPolicy.ts";
import { formatPath, parsePolicy } from "./policySchema.ts";
import type { PolicyProblem } from "./policySchema.ts";

describe("parsePolicy", () => {
  it("fills every missing field with its default", () => {
    expect(parsePolicy({})).toEqual({ ok: true, policy: DEFAULT_POLICY });
    expect(parsePolicy({ thresholds: { warnAt: 3 }, moveToBcc: { scope: "all" } })).toEqual({
      ok: true,
      policy: {
        ...DEFAULT_POLICY,
        thresholds: { warnAt: 3, blockAt: 20 },
        moveToBcc: { scope: "all", keepSenderInTo: true },
      },
    });
  });

  it("ignores the $schema pointer editors use", () => {
    expect(parsePolicy({ $schema: "./policy.schema.json", organization: "Contoso" })).toEqual({
      ok: true,
      policy: { ...DEFAULT_POLICY, organization: "Contoso" },
    });
  });

  it("accepts null to turn the large-audience rule off", () => {
    expect(parsePolicy({ largeAudience: { warnAt: null } })).toEqual({
      ok: true,
      policy: { ...DEFAULT_POLICY, largeAudience: { warnAt: null } },
    });
  });

  it.each<[string, unknown, PolicyProblem]>([
    ["not an object", [], { path: "(root)", message: "the policy must be a JSON object" }],
    ["a wrong version", { version: 2 }, { path: "version", message: "must be 1" }],
    [
      "an address among the domains",
      { internalDomains: ["contoso.com", "anna@contoso.com"] },
      { path: "internalDomains[1]", message: 'is an address, not a domain: write "contoso.com"' },
    ],
    [
      "a wildcard domain",
      { consumerDomains: ["*.example.org"] },
      { path: "consumerDomains[0]", message: 'wildcards are not needed: "example.org" already covers its subdomains' },
    ],
    [
      "a word that is no domain",
      { internalDomains: ["contoso"] },
      { path: "internalDomains[0]", message: '"contoso" is not a domain such as contoso.com' },
    ],
    [
      "an exempt entry that is no address",
      { exemptRecipients: ["shared mailbox"] },
      { path: "exemptRecipients[0]", message: '"shared mailbox" is not an email address' },
    ],
    [
      "a threshold of 1",
      { thresholds: { warnAt: 1 } },
      { path: "thresholds.warnAt", message: "must be at least 2 (one party alone exposes nobody)" },
    ],
    [
      "a fractional threshold",
      { sensitive: { blockAt: 2.5 } },
      { path: "sensitive.blockAt", message: "must be a whole number" },
    ],
    [
      "warnAt above blockAt",
      { thresholds: { warnAt: 30, blockAt: 10 } },
      { path: "thresholds.warnAt", message: "is 30 but must not be greater than blockAt, which is 10" },
    ],
    [
      "an empty keyword",
      { sensitive: { keywords: ["HIV", "  "] } },
      { path: "sensitive.keywords[1]", message: "must not be empty" },
    ],
    ["a misspelt key", { mdoe: "warn-only" }, { path: "mdoe", message: 'unknown key (did you mean "mode"?)' }],
    [
      "a misspelt nested key",
      { moveToBcc: { keepSenderInTO: false } },
      { path: "moveToBcc.keepSenderInTO", message: 'unknown key (did you mean "keepSenderInTo"?)' },
    ],
    ["an unknown mode", { mode: "strict" }, { path: "mode", message: 'must be "enforce", "warn-only" or "monitor"' }],
    [
      "an organisation name too long for the alerts",
      { organization: "x".repeat(61) },
      { path: "organization", message: "must be at most 60 characters so that alerts fit Outlook's limits" },
    ],
    [
      "sensitive warnAt laxer than the normal one",
      { thresholds: { warnAt: 3, blockAt: 20 }, sensitive: { warnAt: 4, blockAt: 5 } },
      {
        path: "sensitive.warnAt",
        message:
          "is 4 but must not be greater than thresholds.warnAt, which is 3: a sensitive message may only be judged more strictly",
      },
    ],
    [
      "sensitive blockAt laxer than the normal one",
      { thresholds: { warnAt: 2, blockAt: 4 }, sensitive: { warnAt: 2, blockAt: 6 } },
      {
        path: "sensitive.blockAt",
        message:
          "is 6 but must not be greater than thresholds.blockAt, which is 4: a sensitive message may only be judged more strictly",
      },
    ],
    [
      "an internal domain that is an ICANN public suffix",
      { internalDomains: ["co.uk"] },
      {
        path: "internalDomains[0]",
        message:
          '"co.uk" is a public suffix shared by many organisations: write a domain of your own, such as contoso.co.uk',
      },
    ],
    [
      "an internal domain that is a private public suffix",
      { internalDomains: ["github.io"] },
      {
        path: "internalDomains[0]",
        message:
          '"github.io" is a public suffix shared by many organisations: write a domain of your own, such as contoso.github.io',
      },
    ],
    [
      "an internal domain that is a personal provider",
      { internalDomains: ["contoso.com", "GMail.com"] },
      {
        path: "internalDomains[1]",
        message:
          '"GMail.com" is a personal mail provider or relay, whose addresses are strangers to each other, not colleagues; if it really is your organisation\'s own domain, also list it in notConsumerDomains',
      },
    ],
    [
      "an internal domain that is a relay",
      { internalDomains: ["guest.booking.com"] },
      {
        path: "internalDomains[0]",
        message:
          '"guest.booking.com" is a personal mail provider or relay, whose addresses are strangers to each other, not colleagues; if it really is your organisation\'s own domain, also list it in notConsumerDomains',
      },
    ],
    [
      "a notConsumerDomains entry that is a public suffix",
      { notConsumerDomains: ["com.au"] },
      {
        path: "notConsumerDomains[0]",
        message:
          '"com.au" is a public suffix shared by many organisations: write a domain of your own, such as contoso.com.au',
      },
    ],
    [
      "a keyword with a star inside",
      { sensitive: { keywords: ["pat*ent"] } },
      { path: "sensitive.keywords[0]", message: '"pat*ent": * is allowed only at the end (patient* for patients)' },
    ],
    [
      "a keyword with no letter or digit",
      { sensitive: { keywords: ["*"] } },
      { path: "sensitive.keywords[0]", message: '"*" has no letter or digit, so it would never match' },
    ],
    [
      "an unknown contactGroups setting",
      { contactGroups: "ignore" },
      { path: "contactGroups", message: 'must be "warn", "block" or "allow"' },
    ],
    [
      "too many internal domains",
      { internalDomains: Array.from({ length: 1001 }, (_, i) => `d${i}.example`) },
      { path: "internalDomains", message: "must hold at most 1000 domains" },
    ],
    [
      "too many exempt addresses",
      { exemptRecipients: Array.from({ length: 1001 }, (_, i) => `a${i}@contoso.com`) },
      { path: "exemptRecipients", message: "must hold at most 1000 addresses" },
    ],
    [
      "too many keywords",
      { sensitive: { keywords: Array.from({ length: 501 }, (_, i) => `word${i}`) } },
      { path: "sensitive.keywords", message: "must hold at most 500 keywords" },
    ],
    [
      "too many consumer domains",
      { consumerDomains: Array.from({ length: 5001 }, (_, i) => `d${i}.example`) },
      { path: "consumerDomains", message: "must hold at most 5000 domains" },
    ],
  ])("reports %s at its JSON path", (_, input, problem) => {
    expect(parsePolicy(input)).toEqual({ ok: false, problems: [problem] });
  });

  it("accepts an organisation on a provider list as internal once notConsumerDomains names it", () => {
    const result = parsePolicy({ internalDomains: ["telstra.com"], notConsumerDomains: ["telstra.com"] });
    expect(result.ok).toBe(true);
  });

  it("accepts sensitive thresholds equal to the normal ones, and a prefix keyword", () => {
    const result = parsePolicy({
      thresholds: { warnAt: 2, blockAt: 3 },
      sensitive: { keywords: ["patient*", "mental-health"], warnAt: 2, blockAt: 3 },
    });
    expect(result.ok).toBe(true);
  });

  it("writes every problem as plain text, with no stray brackets around figures", () => {
    const result = parsePolicy({ thresholds: { warnAt: 25, blockAt: 20 }, sensitive: { warnAt: 30, blockAt: 40 } });
    const messages = result.ok ? [] : result.problems.map((p) => p.message);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.filter((m) => /\(\d+\)/.test(m))).toEqual([]);
  });

  it("reports every problem, not only the first", () => {
    const result = parsePolicy({ internalDomains: ["a@b.com"], thresholds: { blockAt: "20" }, onError: "ignore" });
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual([
      "internalDomains[0]",
      "thresholds.blockAt",
      "onError",
    ]);
  });
});

describe("formatPath", () => {
  it.each<[PropertyKey[], string]>([
    [[], "(root)"],
    [["mode"], "mode"],
    [["thresholds", "warnAt"], "thresholds.warnAt"],
    [["internalDomains", 2], "internalDomains[2]"],
    [["sensitive", "keywords", 0], "sensitive.keywords[0]"],
  ])("writes %j as %s", (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});
