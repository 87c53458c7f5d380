import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { decodeUndoCopy, normalizeAddress } from "../engine/index.ts";
import type { MoveResult, Recipient, UndoResult } from "../engine/index.ts";
import { createFastOutlook } from "../../test/support/fastOutlook.ts";
import { movePolicyArb } from "../../test/support/messageArbitraries.ts";
import type { FastFault } from "../../test/support/fastOutlook.ts";

import { UNDO_SESSION_KEY, createSnapshotStore } from "./recipientSnapshot.ts";
import { moveToBcc, undoMove } from "./safeMove.ts";

/** Every Office call a move, a retry or an undo makes. */
const METHODS = [
  "to.getAsync",
  "cc.getAsync",
  "bcc.getAsync",
  "from.getAsync",
  "sessionData.getAsync",
  "sessionData.setAsync",
  "sessionData.removeAsync",
  "bcc.addAsync",
  "bcc.setAsync",
  "to.setAsync",
  "to.addAsync",
  "cc.setAsync",
  "cc.addAsync",
];
const DOMAINS = ["contoso.com", "uk.contoso.com", "gmail.com", "orange.fr", "acme.co.uk", "fabrikam.com"];

const person = fc
  .record({
    local: fc.constantFrom("ann", "bob", "cy", "dee", "eve"),
    n: fc.nat(40),
    domain: fc.constantFrom(...DOMAINS),
  })
  .map(({ local, n, domain }): Recipient => ({ emailAddress: `${local}${n}@${domain}`, displayName: `${local} ${n}` }));
const list = (max: number) => fc.array(person, { maxLength: max });
// Sometimes more than 100 colleagues who stay in To, so that rewriting To takes a set and an add (the case).
const toField = fc
  .tuple(fc.oneof({ weight: 2, arbitrary: fc.constant(0) }, fc.integer({ min: 101, max: 115 })), list(25))
  .map(([colleagues, rest]) => [
    ...Array.from({ length: colleagues }, (_, i): Recipient => ({
      emailAddress: `staff${i}@contoso.com`,
      displayName: `Staff ${i}`,
    })),
    ...rest,
  ]);
const WRITES = METHODS.filter((m) => !m.endsWith("getAsync"));
const fault = fc.record({
  // Writes are where people can be lost: they get most of the faults, early calls most of all.
  method: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...WRITES) }, fc.constantFrom(...METHODS)),
  call: fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 1, max: 2 }) }, fc.integer({ min: 1, max: 6 })),
  kind: fc.constantFrom<FastFault["kind"]>("fail", "hang", "lost-answer"),
});

const identity = (r: Recipient) => {
  const n = normalizeAddress(r);
  return n.resolved ? n.identity : `?${r.displayName}`;
};
type Fields = { to: Recipient[]; cc: Recipient[]; bcc: Recipient[] };
const everyone = (f: Fields) => new Set([...f.to, ...f.cc, ...f.bcc].map(identity));
const missing = (people: ReadonlySet<string>, f: Fields) => {
  const present = everyone(f);
  return [...people].filter((id) => !present.has(id)).length;
};

/** What a result claims must hold in the fields as they are now. */
function expectTruthful(result: MoveResult | UndoResult, people: ReadonlySet<string>, now: Fields) {
  const gone = missing(people, now);
  if (result.kind === "failed" || result.kind === "undo-failed") {
    if (result.lost === 0) expect(gone).toBe(0);
    if (typeof result.lost === "number") expect(gone).toBeLessThanOrEqual(result.lost);
  }
  if (result.kind === "moved") {
    // Claimed moved: in Bcc, and in neither To nor Cc, right now.
    const visible = new Set([...now.to, ...now.cc].map(identity));
    expect(now.bcc.map(identity).filter((id) => !visible.has(id)).length).toBeGreaterThanOrEqual(result.moved);
  }
}

describe("the safe move under one, two or three failing or hanging calls, with retries and undos from other runtimes", () => {
  // 10,000 runs in four parts of 2,500 (each its own seed and time budget on a loaded machine).
  it.each([1, 2, 3, 4])(
    "never leaves anyone in none of To, Cc and Bcc, and never claims what a read-back did not confirm (part %i)",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          toField,
          list(30),
          list(8),
          movePolicyArb,
          fc.array(fault, { minLength: 1, maxLength: 3 }),
          async (to, cc, bcc, policy, faults) => {
            const outlook = createFastOutlook({ to, cc, bcc });
            const people = everyone({ to, cc, bcc });
            const check = (result: MoveResult | UndoResult) => {
              const now = outlook.fields();
              expect(missing(people, now)).toBe(0);
              expectTruthful(result, people, now);
            };
            outlook.injectFaults(faults);

            // The pane moves (its store remembers), the ribbon command retries (session data only), another pane undoes.
            const paneItem = outlook.newItem();
            check(await moveToBcc(paneItem, policy, createSnapshotStore(paneItem), { fieldLimit: 500 }));
            const ribbonItem = outlook.newItem();
            const ribbonStore = createSnapshotStore(ribbonItem, { remember: false });
            check(await moveToBcc(ribbonItem, policy, ribbonStore, { fieldLimit: 500 }));
            const copyText = outlook.sessionData.get(UNDO_SESSION_KEY);
            const undoItem = outlook.newItem();
            const undone = await undoMove(undoItem, createSnapshotStore(undoItem));
            check(undone);
            if (undone.kind === "undone" && copyText) {
              // Undo went back to the copy it found (no one was added meanwhile).
              const copy = decodeUndoCopy(copyText);
              const now = outlook.fields();
              for (const field of ["to", "cc", "bcc"] as const)
                expect(now[field].map(identity)).toEqual(copy?.[field].map(identity));
            }

            // Outlook recovers: a retry finishes the move, and an undo from yet another runtime works.
            outlook.clearFaults();
            const retryItem = outlook.newItem();
            const retry = await moveToBcc(retryItem, policy, createSnapshotStore(retryItem, { remember: false }), {
              fieldLimit: 500,
            });
            expect(["moved", "nothing-to-move"]).toContain(retry.kind);
            check(retry);
            const lastItem = outlook.newItem();
            const last = await undoMove(lastItem, createSnapshotStore(lastItem));
            expect(["undone", "nothing-to-undo"]).toContain(last.kind);
            check(last);
          },
        ),
        { numRuns: 2_500 },
      );
    },
    900_000,
  );
});
