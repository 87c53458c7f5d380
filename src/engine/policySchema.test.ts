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
  ])("reports %s at its JSON path", (_, input, problem) => {
    expect(parsePolicy(input)).toEqual({ ok: false, problems: [problem] });
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
