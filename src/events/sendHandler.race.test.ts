import { describe, expect, it } from "vitest";

import type { Policy } from "../engine/index.ts";
import { UNDO_SESSION_KEY, createSnapshotStore } from "../office/recipientSnapshot.ts";
import { LOCK_SESSION_KEY } from "../office/writeLock.ts";
import { people } from "../../test/support/recipients.ts";
import { createTestOutlook, recordingEvent } from "../../test/support/testOutlook.ts";
import { contosoPolicy } from "../../test/support/contoso.ts";

import { handleMessageSend } from "./sendHandler.ts";

const policy: Policy = contosoPolicy();
const customers = (n: number) => people(n, (i) => `client${i}.example`, "customer");
const colleague = people(1, "contoso.com", "colleague");
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the send check decides on what is sent", () => {
  it("decides again when 300 customers are added while it runs (from.getAsync slow)", async () => {
    const outlook = createTestOutlook({ to: colleague }, 2000);
    outlook.host.setLatency(300, "from.getAsync");
    const { calls, event } = recordingEvent();
    const check = handleMessageSend(event, { item: outlook.item, policy, client: outlook.client });
    await wait(100);
    outlook.host.userSetRecipients("to", [...colleague, ...customers(300)]);
    await check;
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ allowEvent: false });
    expect(String(calls[0]?.errorMessage)).toContain("300");
  });

  it("decides again when an Undo puts 300 customers back in To while it runs", async () => {
    const outlook = createTestOutlook({ to: colleague, bcc: customers(300) }, 2000);
    outlook.host.setLatency(300, "from.getAsync");
    const { calls, event } = recordingEvent();
    const check = handleMessageSend(event, { item: outlook.item, policy, client: outlook.client });
    await wait(100);
    outlook.host.userSetRecipients("to", [...colleague, ...customers(300)]);
    outlook.host.userSetRecipients("bcc", []);
    await check;
    expect(calls).toEqual([expect.objectContaining({ allowEvent: false })]);
  });

  it("waits for a move that is writing, then decides on the fields it left", async () => {
    const outlook = createTestOutlook({ to: customers(300) }, 2000);
    await outlook.item.setSessionData(LOCK_SESSION_KEY, JSON.stringify({ owner: "move", until: Date.now() + 2000 }));
    const { calls, event } = recordingEvent();
    const check = handleMessageSend(event, { item: outlook.item, policy, client: outlook.client });
    await wait(200);
    // The move finishes: everyone in Bcc, then it lets go of the lock.
    outlook.host.userSetRecipients("bcc", customers(300));
    outlook.host.userSetRecipients("to", colleague);
    await outlook.item.removeSessionData(LOCK_SESSION_KEY);
    await check;
    expect(calls).toEqual([{ allowEvent: true }]);
  });
});

describe("no addresses left behind (issue 15)", () => {
  it("clears the undo copy when it lets the message go", async () => {
    const outlook = createTestOutlook({ to: customers(8) });
    const store = createSnapshotStore(outlook.item);
    await store.begin({ to: customers(8), cc: [], bcc: [] });
    outlook.host.userSetRecipients("to", colleague);
    const { calls, event } = recordingEvent();
    await handleMessageSend(event, { item: outlook.item, policy, client: outlook.client });
    expect(calls).toEqual([{ allowEvent: true }]);
    expect(outlook.host.getSnapshot().sessionData[UNDO_SESSION_KEY]).toBeUndefined();
    expect(outlook.host.getSnapshot().sessionData[LOCK_SESSION_KEY]).toBeUndefined();
  });

  it("keeps the undo copy when the message is held back (the user may still undo)", async () => {
    const outlook = createTestOutlook({ to: customers(300) });
    await createSnapshotStore(outlook.item).begin({ to: customers(300), cc: [], bcc: [] });
    const { calls, event } = recordingEvent();
    await handleMessageSend(event, { item: outlook.item, policy, client: outlook.client });
    expect(calls[0]).toMatchObject({ allowEvent: false });
    expect(outlook.host.getSnapshot().sessionData[UNDO_SESSION_KEY]).toBeDefined();
  });
});

describe("the alert's Move to Bcc button appears only when the move can work", () => {
  it("600 customers at Mailbox 1.15: no button, and the alert says what to do instead", async () => {
    const outlook = createTestOutlook({ to: customers(600), requirementSet: "1.15" });
    const { calls, event } = recordingEvent();
    await handleMessageSend(event, { item: outlook.item, policy, client: outlook.client });
    expect(calls[0]).toMatchObject({ allowEvent: false });
    expect(calls[0]).not.toHaveProperty("commandId");
    expect(calls[0]).not.toHaveProperty("cancelLabel");
    expect(String(calls[0]?.errorMessage)).toContain("500");
    expect(String(calls[0]?.errorMessage)).toContain("smaller batches");
  });

  it("a contact group in To: no button, and the alert says to expand it first", async () => {
    const group = { emailAddress: "", displayName: "All customers" };
    const outlook = createTestOutlook({ to: [group, ...customers(30)] });
    const { calls, event } = recordingEvent();
    await handleMessageSend(event, { item: outlook.item, policy, client: outlook.client });
    expect(calls[0]).not.toHaveProperty("commandId");
    expect(String(calls[0]?.errorMessage)).toContain("expand the group first");
  });

  it("the same 600 at Mailbox 1.16, whose fields hold 1,000: the button is there", async () => {
    const outlook = createTestOutlook({ to: customers(600), requirementSet: "1.16" });
    const { calls, event } = recordingEvent();
    await handleMessageSend(event, { item: outlook.item, policy, client: outlook.client });
    expect(calls[0]).toMatchObject({ commandId: "moveToBccButton", cancelLabel: "Move to Bcc" });
  });
});
