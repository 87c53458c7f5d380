import { describe, expect, it } from "vitest";

import { DEFAULT_POLICY, decodeUndoCopy } from "../engine/index.ts";
import type { Recipient } from "../engine/index.ts";
import { createTestOutlook } from "../../test/support/testOutlook.ts";

import { UNDO_SESSION_KEY, createSnapshotStore } from "./recipientSnapshot.ts";
import { moveToBcc, undoMove } from "./safeMove.ts";

const longNamed = (prefix: string, count: number): Recipient[] =>
  Array.from({ length: count }, (_, i) => ({
    emailAddress: `${prefix}.person${i}@organisation${i % 40}.example.com`,
    displayName: `${prefix} Person ${i} `.padEnd(100, "x"),
  }));

describe("the undo copy in session data", () => {
  it("an undo from a copy without names takes each name from the field the person is in now", async () => {
    const to = longNamed("to", 450);
    const { host, item, client } = createTestOutlook({ to, cc: longNamed("cc", 40), requirementSet: "1.15" });
    const policy = { ...DEFAULT_POLICY, internalDomains: ["contoso.com"] };
    const moved = await moveToBcc(item, policy, createSnapshotStore(item), { fieldLimit: client.recipientFieldLimit });
    expect(moved).toMatchObject({ kind: "moved", undoPersisted: true });
    expect(decodeUndoCopy(host.getSnapshot().sessionData[UNDO_SESSION_KEY] ?? "")?.withNames).toBe(false);
    expect(await undoMove(item, createSnapshotStore(item))).toEqual({ kind: "undone" });
    expect(host.getSnapshot().to.map((r) => r.displayName)).toEqual(to.map((r) => r.displayName));
  });
});
