import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { DEFAULT_POLICY } from "../../engine/defaultPolicy.ts";
import { evaluate } from "../../engine/evaluate.ts";
import type { Message } from "../../engine/message.ts";
import type { Policy } from "../../engine/policy.ts";
import { WhatIfCounter, whatIfTable } from "./whatIf.ts";

const DOMAINS = ["fabrikam.com", "northwind.com", "gmail.com", "orange.fr", "contoso.com", "libero.it"];

// Messages with 0..60 visible recipients over partner, webmail and own domains, some sensitive.
const messages = fc.array(
  fc.record({
    to: fc.array(fc.tuple(fc.nat(40), fc.constantFrom(...DOMAINS)), { maxLength: 60 }),
    sensitive: fc.boolean(),
  }),
  { maxLength: 40 },
);

function toMessage(entry: { to: [number, string][]; sensitive: boolean }): Message {
  return {
    from: "agent@contoso.com",
    subject: entry.sensitive ? "HIV results" : "Newsletter",
    to: entry.to.map(([n, domain]) => `p${n}@${domain}`),
  };
}

/** What evaluate itself says at other thresholds: the truth the counter must match. */
function direct(list: Message[], policy: Policy, warnAt: number, blockAt: number) {
  const changed = { ...policy, thresholds: { warnAt, blockAt } };
  const verdicts = list.map((message) => evaluate(message, changed));
  return {
    warn: verdicts.filter((v) => v.action === "warn").length,
    block: verdicts.filter((v) => v.action === "block").length,
  };
}

describe("WhatIfCounter", () => {
  const policies: Policy[] = [
    { ...DEFAULT_POLICY, sensitive: { keywords: ["HIV"], warnAt: 2, blockAt: 3 }, largeAudience: { warnAt: 30 } },
    { ...DEFAULT_POLICY, mode: "warn-only", largeAudience: { warnAt: null } },
  ];

  it.each(policies.map((policy, i) => [i, policy] as const))(
    "gives, from one evaluation per message, the counts evaluate gives at every threshold pair (policy %i)",
    (_, policy) => {
      fc.assert(
        fc.property(
          messages,
          fc.integer({ min: 2, max: 12 }),
          fc.integer({ min: 0, max: 30 }),
          (entries, warnAt, extra) => {
            const list = entries.map(toMessage);
            const counter = new WhatIfCounter(policy);
            for (const message of list) counter.add(evaluate(message, policy));
            expect(counter.count(warnAt, warnAt + extra)).toEqual(direct(list, policy, warnAt, warnAt + extra));
          },
        ),
        { numRuns: 60 },
      );
    },
  );

  it("lays out a grid that always includes the policy's own thresholds and marks impossible cells", () => {
    const policy = { ...DEFAULT_POLICY, thresholds: { warnAt: 9, blockAt: 12 } };
    const table = whatIfTable(new WhatIfCounter(policy), policy);
    expect(table.warnAt).toContain(9);
    expect(table.blockAt).toContain(12);
    expect(table.current).toEqual({ warnAt: 9, blockAt: 12 });
    const i = table.warnAt.indexOf(10);
    const j = table.blockAt.indexOf(10);
    expect(table.cells[i]![j]).toEqual({ warn: 0, block: 0 });
    expect(table.cells[table.warnAt.indexOf(9)]![0]).toEqual({ warn: 0, block: 0 });
    const impossible = whatIfTable(new WhatIfCounter(DEFAULT_POLICY), {
      ...DEFAULT_POLICY,
      thresholds: { warnAt: 12, blockAt: 12 },
    });
    expect(impossible.cells[impossible.warnAt.indexOf(12)]![impossible.blockAt.indexOf(10)]).toBeNull();
  });
});
