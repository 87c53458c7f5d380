import { describe, expect, it } from "vitest";

import { DEFAULT_POLICY } from "../engine/index.ts";
import type { Recipient } from "../engine/index.ts";
import { createTestOutlook } from "../../test/support/testOutlook.ts";

import {
  UNDO_SESSION_KEY,
  createSnapshotStore,
  decodeSnapshot,
  encodeSnapshot,
  undoCopyFits,
} from "./recipientSnapshot.ts";
import { moveToBcc, undoMove } from "./safeMove.ts";

const longNamed = (prefix: string, count: number): Recipient[] =>
  Array.from({ length: count }, (_, i) => ({
    emailAddress: `${prefix}.person${i}@organisation${i % 40}.example.com`,
    displayName: `${prefix} Person ${i} `.padEnd(100, "x"),
  }));

describe("the undo copy", () => {
  it("fits three fields of 500 people with 100-character names in Mailbox 1.15's 50,000 characters (addresses only)", () => {
    const snapshot = { to: longNamed("to", 500), cc: longNamed("cc", 500), bcc: longNamed("bcc", 500) };
    expect(undoCopyFits(snapshot, 50_000)).toBe(true);
    const text = encodeSnapshot(snapshot, 49_500);
    expect(text?.length).toBeLessThan(30_000);
    const decoded = decodeSnapshot(text ?? "");
    expect(decoded?.withNames).toBe(false);
    expect(decoded?.to.map((r) => r.emailAddress)).toEqual(snapshot.to.map((r) => r.emailAddress));
  });

  it("keeps names while they fit, and round-trips odd entries (no address, an @ in the local part)", () => {
    const snapshot = {
      to: [
        { emailAddress: "", displayName: "All patients" },
        { emailAddress: '"a@b"@example.com', displayName: "Quoted" },
        { emailAddress: "same@example.com", displayName: "same@example.com" },
      ],
      cc: [],
      bcc: [],
      finished: false,
    };
    expect(decodeSnapshot(encodeSnapshot(snapshot) ?? "")).toEqual({ ...snapshot, added: [], withNames: true });
  });

  it("says before moving when even addresses alone cannot fit", () => {
    const huge = { to: longNamed("t", 3000), cc: [], bcc: [] };
    expect(undoCopyFits(huge, 50_000)).toBe(false);
    expect(undoCopyFits(huge, 2_621_440)).toBe(true);
  });

  it("an undo from a copy without names takes each name from the field the person is in now", async () => {
    const to = longNamed("to", 450);
    const { host, item, client } = createTestOutlook({ to, cc: longNamed("cc", 40), requirementSet: "1.15" });
    const policy = { ...DEFAULT_POLICY, internalDomains: ["contoso.com"] };
    const moved = await moveToBcc(item, policy, createSnapshotStore(item), { fieldLimit: client.recipientFieldLimit });
    expect(moved).toMatchObject({ kind: "moved", undoPersisted: true });
    expect(decodeSnapshot(host.getSnapshot().sessionData[UNDO_SESSION_KEY] ?? "")?.withNames).toBe(false);
    expect(await undoMove(item, createSnapshotStore(item))).toEqual({ kind: "undone" });
    expect(host.getSnapshot().to.map((r) => r.displayName)).toEqual(to.map((r) => r.displayName));
  });
});
