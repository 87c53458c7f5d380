import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { composedMessageArb } from "../../test/support/messageArbitraries.ts";

import { analyzeAudience } from "./audience.ts";
import { evaluate } from "./evaluate.ts";
import type { Message, RecipientField, RecipientInput } from "./message.ts";
import { RECIPIENT_FIELDS } from "./message.ts";
import { normalizeAddress } from "./normalizeAddress.ts";
import type { UnresolvedAddress } from "./normalizeAddress.ts";
import type { MoveWrites } from "./moveWrites.ts";
import { identityOf, sameRecipients } from "./recipientIdentity.ts";
import { planMoveInDetail, planMoveToBcc } from "./planMoveToBcc.ts";
import type { MovePlan } from "./planMoveToBcc.ts";

const RUNS = { numRuns: 1000 };

const identities = (entries: readonly RecipientInput[] = []): string[] =>
  entries.flatMap((entry) => {
    const r = normalizeAddress(entry);
    return r.resolved ? [r.identity] : [];
  });

const unresolved = (entries: readonly RecipientInput[] = []): UnresolvedAddress[] =>
  entries.map(normalizeAddress).filter((r): r is UnresolvedAddress => !r.resolved);

const senderIdentity = (message: Message): string | null => identities(message.from ? [message.from] : [])[0] ?? null;

/** The message as it would be after the plan is applied in Outlook. */
const applied = (message: Message, plan: MovePlan): Message => ({
  ...message,
  to: plan.to,
  cc: plan.cc,
  bcc: plan.bcc,
});

describe("planMoveToBcc, on any message and policy", () => {
  it("never drops a recipient and adds nobody but the sender", () => {
    fc.assert(
      fc.property(composedMessageArb, ({ message, policy }) => {
        const plan = planMoveToBcc(message, policy);
        const before = new Set(RECIPIENT_FIELDS.flatMap((field) => identities(message[field])));
        const after = new Set(RECIPIENT_FIELDS.flatMap((field) => identities(plan[field])));
        const sender = senderIdentity(message);
        expect({
          dropped: [...before].filter((identity) => !after.has(identity)),
          added: [...after].filter((identity) => !before.has(identity) && identity !== sender),
        }).toEqual({ dropped: [], added: [] });
      }),
      RUNS,
    );
  });

  it("leaves every unresolved entry in its own field, in order, and lists the visible ones as impossible to move", () => {
    fc.assert(
      fc.property(composedMessageArb, ({ message, policy }) => {
        const plan = planMoveToBcc(message, policy);
        const inFields = (m: Pick<Message, RecipientField>) => RECIPIENT_FIELDS.map((field) => unresolved(m[field]));
        expect(inFields(plan)).toEqual(inFields(message));
        const visibleUnresolved = [...unresolved(message.to), ...unresolved(message.cc)];
        expect(plan.cannotMove.map((entry) => normalizeAddress(entry))).toEqual(visibleUnresolved);
      }),
      RUNS,
    );
  });

  it("never puts one person in Bcc twice", () => {
    fc.assert(
      fc.property(composedMessageArb, ({ message, policy }) => {
        const bcc = identities(planMoveToBcc(message, policy).bcc);
        expect(new Set(bcc).size).toBe(bcc.length);
      }),
      RUNS,
    );
  });

  it("leaves no outside person visible but the sender, so the result exposes nobody", () => {
    fc.assert(
      fc.property(composedMessageArb, ({ message, policy }) => {
        const result = applied(message, planMoveToBcc(message, policy));
        const sender = senderIdentity(message);
        const visibleOutsiders = analyzeAudience(result, policy).visible.flatMap((person) =>
          person.recipient.resolved && !person.internal ? [person.recipient.identity] : [],
        );
        expect(visibleOutsiders.filter((identity) => identity !== sender)).toEqual([]);
        if (unresolved([...(message.to ?? []), ...(message.cc ?? [])]).length === 0) {
          const verdict = evaluate(result, policy);
          expect(verdict.counts.parties).toBeLessThanOrEqual(1);
          expect(verdict.reasons).not.toContain("exposed-parties");
        }
      }),
      RUNS,
    );
  });

  it("keeps colleagues where they were with scope external, only the sender and exempt addresses visible with scope all", () => {
    fc.assert(
      fc.property(composedMessageArb, ({ message, policy }) => {
        const plan = planMoveToBcc(message, policy);
        const resultAudience = analyzeAudience(applied(message, plan), policy);
        const stillVisible = resultAudience.visible.flatMap((p) => (p.recipient.resolved ? [p.key] : []));
        if (policy.moveToBcc.scope === "external") {
          const keptIn = { to: new Set(identities(plan.to)), cc: new Set(identities(plan.cc)) };
          const colleaguesMoved = analyzeAudience(message, policy).visible.flatMap((person) =>
            person.internal && person.recipient.resolved
              ? person.fields.flatMap((field) => (field === "bcc" || keptIn[field].has(person.key) ? [] : [person.key]))
              : [],
          );
          expect(colleaguesMoved).toEqual([]);
        } else {
          expect(stillVisible.filter((key) => key !== senderIdentity(message))).toEqual([]);
        }
        // Exempt addresses are never moved, whatever the scope: whoever was exempt and visible still is.
        const exemptBefore = analyzeAudience(message, policy).exempt.map((r) => r.identity);
        const exemptAfter = new Set(resultAudience.exempt.map((r) => r.identity));
        expect(exemptBefore.filter((id) => !exemptAfter.has(id))).toEqual([]);
      }),
      RUNS,
    );
  });

  it("changes nothing when run again on its own result", () => {
    fc.assert(
      fc.property(composedMessageArb, ({ message, policy }) => {
        const first = planMoveToBcc(message, policy);
        const second = planMoveToBcc(applied(message, first), policy);
        expect(second).toEqual({ ...first, moved: 0, senderAddedToTo: false });
      }),
      RUNS,
    );
  });

  it("puts the sender in To when To would be empty and keepSenderInTo is on", () => {
    fc.assert(
      fc.property(composedMessageArb, ({ message, policy }) => {
        const plan = planMoveToBcc(message, policy);
        const expectSender = policy.moveToBcc.keepSenderInTo && plan.moved > 0 && senderIdentity(message) !== null;
        if (expectSender) expect(plan.to.length).toBeGreaterThan(0);
        if (plan.senderAddedToTo) expect(identities(plan.to)).toEqual([senderIdentity(message)]);
      }),
      RUNS,
    );
  });

  it("plans the same from the send handler's own analysis as from scratch", () => {
    fc.assert(
      fc.property(composedMessageArb, ({ message, policy }) => {
        expect(planMoveToBcc(message, policy, analyzeAudience(message, policy))).toEqual(
          planMoveToBcc(message, policy),
        );
      }),
      RUNS,
    );
  });

  it("knows from its own reading what comparing the plan with the message gives: what it writes", () => {
    fc.assert(
      fc.property(composedMessageArb, ({ message, policy }) => {
        const detailed = planMoveInDetail(message, policy);
        expect(detailed.plan).toEqual(planMoveToBcc(message, policy));
        expect(detailed.writes).toEqual(writesByComparison(message, detailed.plan));
      }),
      RUNS,
    );
  });
});

/** What a plan writes, worked out the slow way: comparing the plan with the message, address by address. */
function writesByComparison(original: Message, plan: MovePlan): MoveWrites {
  const to = original.to ?? [];
  const bccIds = new Set((original.bcc ?? []).map(identityOf));
  const toIds = plan.senderAddedToTo ? new Set(to.map(identityOf)) : null;
  return {
    bccAdditions: plan.bcc.filter((r) => !bccIds.has(identityOf(r))),
    rewrite: { to: !sameRecipients(plan.to, to), cc: !sameRecipients(plan.cc, original.cc ?? []) },
    addedToTo: toIds ? plan.to.filter((r) => !toIds.has(identityOf(r))) : [],
  };
}
