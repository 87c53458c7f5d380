import { describe, expect, it } from "vitest";

import { DEFAULT_POLICY, normalizeAddress } from "../engine/index.ts";
import { createSnapshotStore } from "../office/recipientSnapshot.ts";
import { people } from "../../test/support/recipients.ts";
import { createTestOutlook, recordingEvent } from "../../test/support/testOutlook.ts";

import { handleMoveToBccCommand } from "./moveToBccCommand.ts";

const policy = { ...DEFAULT_POLICY, internalDomains: ["contoso.com"] };
const ids = (list: readonly { emailAddress: string }[]) =>
  new Set(
    list.map((r) => {
      const n = normalizeAddress(r);
      return n.resolved ? n.identity : "";
    }),
  );

async function runCommand(outlook: ReturnType<typeof createTestOutlook>) {
  const { calls, event } = recordingEvent();
  await handleMoveToBccCommand(event, {
    item: outlook.item,
    policy,
    client: outlook.client,
    store: createSnapshotStore(outlook.item),
  });
  return calls;
}

describe("the Move to Bcc function command", () => {
  it("moves 416 customers from Cc to Bcc, says so in an infobar with how to undo, and completes once", async () => {
    const outlook = createTestOutlook({ cc: people(416, "btinternet.com", "customer") });
    expect(await runCommand(outlook)).toEqual([undefined]);
    const after = outlook.host.getSnapshot();
    expect(after.cc).toEqual([]);
    expect(after.bcc).toHaveLength(416);
    expect(after.to.map((r) => r.emailAddress)).toEqual(["agent@contoso.com"]);
    const bar = after.notifications.find((n) => n.key === "bccGuardMoveResult");
    expect(bar?.type).toBe("informationalMessage");
    expect(bar?.message).toMatch(/416/);
    expect(bar?.message).toMatch(/undo/i);
  });

  it("reports a failure without losing anyone, and still completes once", async () => {
    const customers = people(250, "gmail.com", "customer");
    const outlook = createTestOutlook({ to: customers });
    outlook.host.injectFault({ method: "bcc.addAsync", call: 2, kind: "fail" });
    expect(await runCommand(outlook)).toHaveLength(1);
    const after = outlook.host.getSnapshot();
    const present = new Set([...ids(after.to), ...ids(after.cc), ...ids(after.bcc)]);
    for (const id of ids(customers)) expect(present.has(id)).toBe(true);
    expect(after.notifications.find((n) => n.key === "bccGuardMoveResult")?.message.length).toBeGreaterThan(0);
  });
});
