import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { DEFAULT_POLICY, evaluate, normalizeAddress, planMoveToBcc } from "../../src/engine/index.ts";
import type { Message, Policy, RecipientInput } from "../../src/engine/index.ts";

// Random recipient lists, kept small so that 10,000 of them run in a few seconds. Addresses come from a small
// pool so that the same person turns up in several fields, written differently; garbage and contact groups are
// mixed in, and display names are arbitrary text.
const LOCALS = ["ann", "Bob", "chen.li", "d+tag", "ÉLISE", "x"];
const DOMAINS = [
  "contoso.com",
  "UK.Contoso.com",
  "badcontoso.com",
  "contoso.com.evil.io",
  "gmail.com",
  "GMAIL.COM.",
  "acme.co.uk",
  "sales.acme.co.uk",
  "fabrikam.com",
  "münchen.de",
  "xn--mnchen-3ya.de",
];

const addressArb = fc
  .tuple(fc.constantFrom(...LOCALS), fc.constantFrom(...DOMAINS), fc.boolean())
  .map(([local, domain, shout]) => (shout ? `${local}@${domain}`.toUpperCase() : `${local}@${domain}`));

const entryArb: fc.Arbitrary<RecipientInput> = fc.oneof(
  { weight: 6, arbitrary: addressArb },
  { weight: 3, arbitrary: fc.record({ emailAddress: addressArb, displayName: fc.string({ maxLength: 12 }) }) },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.string({ maxLength: 8 }), addressArb).map(([name, address]) => `${name} <${address}>`),
  },
  { weight: 1, arbitrary: fc.record({ emailAddress: fc.constant(""), displayName: fc.string({ maxLength: 12 }) }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
);
const listArb = fc.array(entryArb, { maxLength: 6 });

const policyArb: fc.Arbitrary<Policy> = fc
  .record({
    internalDomains: fc.subarray(["contoso.com", "fabrikam.com"]),
    senderDomainIsInternal: fc.boolean(),
    exemptRecipients: fc.subarray(["ann@gmail.com", "bob@fabrikam.com"]),
    mode: fc.constantFrom("enforce" as const, "warn-only" as const),
    moveToBcc: fc.record({ scope: fc.constantFrom("external" as const, "all" as const), keepSenderInTo: fc.boolean() }),
  })
  .map((drawn) => ({ ...DEFAULT_POLICY, ...drawn, thresholds: { warnAt: 2, blockAt: 4 } }));

const messageArb: fc.Arbitrary<Message> = fc.record({
  from: fc.option(fc.oneof(addressArb, fc.string({ maxLength: 10 })), { nil: null }),
  to: listArb,
  cc: listArb,
  bcc: listArb,
});

const RUNS = { numRuns: 10_000 };

function identities(list: readonly RecipientInput[] = []): string[] {
  return list.flatMap((entry) => {
    const r = normalizeAddress(entry);
    return r.resolved ? [r.identity] : [];
  });
}

const unresolvedCount = (list: readonly RecipientInput[] = []) =>
  list.filter((entry) => !normalizeAddress(entry).resolved).length;

describe("10,000 random recipient lists", () => {
  it("evaluate never throws and its counts add up", () => {
    fc.assert(
      fc.property(messageArb, policyArb, (message, policy) => {
        const { action, counts } = evaluate(message, policy);
        expect(["allow", "warn", "block"]).toContain(action);
        expect(counts.visible).toBe(counts.visibleInternal + counts.visibleExternal);
        expect(counts.parties).toBeLessThanOrEqual(counts.visibleExternal);
        expect(counts.unresolved).toBeLessThanOrEqual(counts.visibleExternal);
        if (policy.mode === "warn-only") expect(action).not.toBe("block");
      }),
      RUNS,
    );
  });

  it("planMoveToBcc never throws, loses nobody, duplicates nobody in Bcc and leaves no outside party exposed", () => {
    fc.assert(
      fc.property(messageArb, policyArb, (message, policy) => {
        const plan = planMoveToBcc(message, policy);
        const before = new Set([...identities(message.to), ...identities(message.cc), ...identities(message.bcc)]);
        const after = new Set([...identities(plan.to), ...identities(plan.cc), ...identities(plan.bcc)]);
        expect([...before].filter((identity) => !after.has(identity))).toEqual([]);
        const bcc = identities(plan.bcc);
        expect(bcc.length).toBe(new Set(bcc).size);
        // Contact groups have no address to move: each one stays, in its own field.
        expect([plan.to, plan.cc, plan.bcc].map(unresolvedCount)).toEqual(
          [message.to, message.cc, message.bcc].map(unresolvedCount),
        );
        const result = evaluate({ ...message, to: plan.to, cc: plan.cc, bcc: plan.bcc }, policy);
        expect(result.counts.visible).toBe(result.counts.visibleInternal + result.counts.visibleExternal);
        expect(result.counts.parties - result.counts.unresolved).toBeLessThanOrEqual(1);
      }),
      RUNS,
    );
  });
});
