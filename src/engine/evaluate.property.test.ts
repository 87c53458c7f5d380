import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  anyEntryArb,
  anyTextArb,
  caseMaskArb,
  composedMessageArb,
  recase,
} from "../../test/support/messageArbitraries.ts";

import { evaluate } from "./evaluate.ts";
import type { Message, RecipientInput } from "./message.ts";

const RUNS = { numRuns: 1000 };

const withGarbage = fc
  .tuple(
    composedMessageArb,
    fc.option(anyEntryArb, { nil: undefined }),
    fc.array(anyEntryArb, { maxLength: 4 }),
    fc.array(anyEntryArb, { maxLength: 4 }),
    fc.array(anyEntryArb, { maxLength: 4 }),
    anyTextArb(60),
  )
  .map(([{ message, policy }, from, to, cc, bcc, body]) => ({
    policy,
    message: {
      from: from ?? message.from,
      subject: message.subject,
      body: `${message.body ?? ""}${body}`,
      to: [...(message.to ?? []), ...to],
      cc: [...cc, ...(message.cc ?? [])],
      bcc: [...(message.bcc ?? []), ...bcc],
    },
  }));

const recaseEntry = (entry: RecipientInput, mask: readonly boolean[]): RecipientInput =>
  typeof entry === "string" ? recase(entry, mask) : { ...entry, emailAddress: recase(entry.emailAddress, mask) };

describe("evaluate, on any message and policy", () => {
  it("never throws, and its counts and reasons agree with each other", () => {
    fc.assert(
      fc.property(withGarbage, ({ message, policy }) => {
        const { action, reasons, sensitive, counts, thresholds } = evaluate(message, policy);
        expect(counts.visible).toBe(counts.visibleInternal + counts.visibleExternal);
        expect(counts.parties).toBeLessThanOrEqual(counts.visibleExternal);
        expect(counts.unresolved).toBeLessThanOrEqual(counts.visibleExternal);
        expect(counts.contactGroups).toBeLessThanOrEqual(counts.unresolved);
        expect(Object.values(counts).filter((n) => !Number.isInteger(n) || n < 0)).toEqual([]);

        const rule = reasons.filter((r) => r === "exposed-parties" || r === "contact-group" || r === "large-audience");
        expect(rule.length).toBeLessThanOrEqual(1);
        expect(action === "allow").toBe(rule.length === 0);
        if (action === "block") expect(policy.mode).toBe("enforce");
        if (action === "block") expect(rule).not.toEqual(["large-audience"]);
        if (reasons.includes("contact-group"))
          expect([counts.contactGroups > 0, policy.contactGroups]).not.toContain(false);
        if (reasons.includes("contact-group")) expect(policy.contactGroups).not.toBe("allow");
        // A visible contact group on a sensitive message is blocked unless the policy allows contact groups.
        if (counts.contactGroups > 0 && sensitive && policy.contactGroups !== "allow" && policy.mode === "enforce")
          expect(action).toBe("block");
        if (counts.contactGroups > 0 && policy.contactGroups !== "allow") expect(action).not.toBe("allow");
        expect(reasons.includes("sensitive")).toBe(sensitive);
        expect(reasons.includes("unresolved")).toBe(counts.unresolved > 0);
        expect(thresholds).toEqual(
          sensitive
            ? { warnAt: policy.sensitive.warnAt, blockAt: policy.sensitive.blockAt }
            : { warnAt: policy.thresholds.warnAt, blockAt: policy.thresholds.blockAt },
        );
        if (counts.parties < 2) expect(reasons).not.toContain("exposed-parties");
      }),
      RUNS,
    );
  });

  it("gives the same verdict whatever the order of the recipients and the letter case of the addresses", () => {
    const reordered = composedMessageArb.chain(({ message, policy }) => {
      const shuffle = (entries: readonly RecipientInput[] = []) =>
        fc.shuffledSubarray([...entries], { minLength: entries.length, maxLength: entries.length });
      const recased = (entries: RecipientInput[]) =>
        fc
          .array(caseMaskArb, { minLength: entries.length, maxLength: entries.length })
          .map((masks) => entries.map((entry, i) => recaseEntry(entry, masks[i] ?? [])));
      return fc
        .record({
          to: shuffle(message.to).chain(recased),
          cc: shuffle(message.cc).chain(recased),
          bcc: shuffle(message.bcc).chain(recased),
          from: caseMaskArb.map((mask) => (message.from ? recaseEntry(message.from, mask) : message.from)),
        })
        .map((changed): [Message, Message, typeof policy] => [message, { ...message, ...changed }, policy]);
    });
    fc.assert(
      fc.property(reordered, ([original, changed, policy]) => {
        expect(evaluate(changed, policy)).toEqual(evaluate(original, policy));
      }),
      RUNS,
    );
  });

  it("is not fooled by policies it is given in another letter case", () => {
    fc.assert(
      fc.property(composedMessageArb, caseMaskArb, ({ message, policy }, mask) => {
        const shouted = {
          ...policy,
          internalDomains: policy.internalDomains.map((d) => recase(d, mask)),
          consumerDomains: policy.consumerDomains.map((d) => recase(d, mask)),
          exemptRecipients: policy.exemptRecipients.map((a) => recase(a, mask)),
        };
        expect(evaluate(message, shouted)).toEqual(evaluate(message, policy));
      }),
      RUNS,
    );
  });
});
