import { describe, expect, it } from "vitest";

import { DEFAULT_POLICY } from "../engine/index.ts";
import { people } from "../../test/support/recipients.ts";
import { createTestOutlook } from "../../test/support/testOutlook.ts";

import { createSnapshotStore } from "./recipientSnapshot.ts";
import { moveToBcc } from "./safeMove.ts";
import { LOCK_SESSION_KEY, createWriteLock } from "./writeLock.ts";

const policy = { ...DEFAULT_POLICY, internalDomains: ["contoso.com"] };
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the write lock between the send check and a move", () => {
  it("keeps a move from writing while a send check runs, then lets it go", async () => {
    const { host, item, client } = createTestOutlook({ to: people(20, (i) => `org${i}.example`) });
    await item.setSessionData(LOCK_SESSION_KEY, JSON.stringify({ owner: "send", until: Date.now() + 3000 }));
    host.resetCallLog();
    const move = moveToBcc(item, policy, createSnapshotStore(item), {
      fieldLimit: client.recipientFieldLimit,
      lock: createWriteLock(item, "move", { pollMs: 20 }),
    });
    await wait(250);
    expect(host.callCount("bcc.addAsync") + host.callCount("to.getAsync")).toBe(0);
    await item.removeSessionData(LOCK_SESSION_KEY);
    expect(await move).toMatchObject({ kind: "moved", moved: 20 });
    // The move's own lease is gone again, so the next send check does not wait for it.
    expect(host.getSnapshot().sessionData[LOCK_SESSION_KEY]).toBeUndefined();
  });

  it("does not wait for a lease that has expired (its runtime is gone)", async () => {
    const { item } = createTestOutlook();
    await item.setSessionData(LOCK_SESSION_KEY, JSON.stringify({ owner: "send", until: Date.now() - 1 }));
    expect(await createWriteLock(item, "move").acquire(5000, 1000)).toEqual({ contended: false });
  });

  it("never stops a move when session data fails", async () => {
    const { host, item, client } = createTestOutlook({ to: people(5, (i) => `org${i}.example`) });
    host.injectFault({ method: "sessionData.getAsync", kind: "fail" });
    host.injectFault({ method: "sessionData.setAsync", kind: "fail" });
    const result = await moveToBcc(item, policy, createSnapshotStore(item), {
      fieldLimit: client.recipientFieldLimit,
      lock: createWriteLock(item, "move"),
    });
    expect(result).toMatchObject({ kind: "moved", moved: 5, undoPersisted: false });
  });
});
