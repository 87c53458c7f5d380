import { describe, expect, it } from "vitest";

import { DEFAULT_POLICY, normalizeAddress } from "../engine/index.ts";
import type { Policy, Recipient } from "../engine/index.ts";
import { people } from "../../test/support/recipients.ts";
import { createTestOutlook } from "../../test/support/testOutlook.ts";

import { createSnapshotStore } from "./recipientSnapshot.ts";
import { moveToBcc, undoMove } from "./safeMove.ts";

const policy: Policy = { ...DEFAULT_POLICY, internalDomains: ["contoso.com"] };
const colleagues = people(2, "contoso.com", "colleague");
const customers = people(
  300,
  (i) => ["gmail.com", "hotmail.co.uk", "orange.net", "btinternet.com"][i % 4] ?? "",
  "customer",
);

function identities(list: readonly Recipient[]) {
  return list.map((r) => {
    const n = normalizeAddress(r);
    return n.resolved ? n.identity : `?${n.displayName}`;
  });
}

function everyoneIn(snapshot: { to: readonly Recipient[]; cc: readonly Recipient[]; bcc: readonly Recipient[] }) {
  return new Set([...identities(snapshot.to), ...identities(snapshot.cc), ...identities(snapshot.bcc)]);
}

describe("moveToBcc", () => {
  it("moves 300 customers to Bcc in chunks of 100, keeps colleagues in To, and reads Bcc back before touching To", async () => {
    const { host, item, client } = createTestOutlook({ to: [...colleagues, ...customers] });
    const result = await moveToBcc(item, policy, createSnapshotStore(item), { fieldLimit: client.recipientFieldLimit });

    expect(result).toMatchObject({ kind: "moved", moved: 300, senderAddedToTo: false, undoPersisted: true });
    const after = host.getSnapshot();
    expect(identities(after.to)).toEqual(identities(colleagues));
    expect(identities(after.bcc)).toEqual(identities(customers));
    expect(host.callCount("bcc.addAsync")).toBe(3);
    expect(host.callCount("to.setAsync")).toBe(1);
    const order = host.calls.map((c) => c.method).filter((m) => m !== "sessionData.setAsync" && m !== "from.getAsync");
    // The 2nd bcc.getAsync is the check after the additions (the 1st is the first read, the last the final read-back).
    const bccCheck = order.indexOf("bcc.getAsync", order.indexOf("bcc.getAsync") + 1);
    expect(bccCheck).toBeGreaterThan(order.lastIndexOf("bcc.addAsync"));
    expect(order.indexOf("to.setAsync")).toBeGreaterThan(bccCheck);
  });

  it("puts the sender in To when everyone in To moves", async () => {
    const { host, item, client } = createTestOutlook({ to: customers.slice(0, 10) });
    const result = await moveToBcc(item, policy, createSnapshotStore(item), { fieldLimit: client.recipientFieldLimit });
    expect(result).toMatchObject({ kind: "moved", senderAddedToTo: true });
    expect(identities(host.getSnapshot().to)).toEqual(["agent@contoso.com"]);
  });

  it("does not add to Bcc someone already there", async () => {
    const { host, item, client } = createTestOutlook({ to: customers.slice(0, 6), bcc: [customers[0] as Recipient] });
    await moveToBcc(item, policy, createSnapshotStore(item), { fieldLimit: client.recipientFieldLimit });
    const bcc = identities(host.getSnapshot().bcc);
    expect(new Set(bcc).size).toBe(bcc.length);
    expect(bcc).toHaveLength(6);
  });

  it("refuses up front, writing nothing, when Bcc would pass 500 before Mailbox 1.16", async () => {
    const many = people(501, (i) => `org${i}.example`);
    const { host, item, client } = createTestOutlook({ to: many, requirementSet: "1.15" });
    const result = await moveToBcc(item, policy, createSnapshotStore(item), { fieldLimit: client.recipientFieldLimit });
    expect(result).toEqual({ kind: "refused-field-limit", field: "bcc", wouldHave: 501, limit: 500 });
    expect(host.callCount("bcc.addAsync") + host.callCount("to.setAsync")).toBe(0);
  });

  it("moves 1,000 people under Mailbox 1.16, whose fields hold 1,000", async () => {
    const many = people(1000, (i) => `org${i}.example`);
    const { host, item, client } = createTestOutlook({ to: many, requirementSet: "1.16" });
    const result = await moveToBcc(item, policy, createSnapshotStore(item), { fieldLimit: client.recipientFieldLimit });
    expect(result).toMatchObject({ kind: "moved", moved: 1000 });
    expect(host.getSnapshot().bcc).toHaveLength(1000);
  });

  it("refuses to rewrite a field holding a contact group, which Outlook cannot write back", async () => {
    const group = { emailAddress: "", displayName: "All patients" };
    const { host, item, client } = createTestOutlook({ to: [group, ...customers.slice(0, 10)] });
    const result = await moveToBcc(item, policy, createSnapshotStore(item), { fieldLimit: client.recipientFieldLimit });
    expect(result).toEqual({ kind: "refused-unresolved", field: "to", names: ["All patients"] });
    expect(host.callCount("to.setAsync")).toBe(0);
  });

  it("says there is nothing to move when only colleagues are visible", async () => {
    const { item, client } = createTestOutlook({ to: colleagues });
    const result = await moveToBcc(item, policy, createSnapshotStore(item), { fieldLimit: client.recipientFieldLimit });
    expect(result.kind).toBe("nothing-to-move");
  });

  it("stops before rewriting To when Bcc does not read back, leaving everyone where they were", async () => {
    const { host, item, client } = createTestOutlook({ to: [...colleagues, ...customers] });
    host.injectFault({ method: "bcc.getAsync", call: 2, kind: "fail" }); // call 1 is the first read
    const result = await moveToBcc(item, policy, createSnapshotStore(item), { fieldLimit: client.recipientFieldLimit });
    expect(result).toMatchObject({ kind: "failed", step: "verify-bcc" });
    expect(identities(host.getSnapshot().to)).toEqual(identities([...colleagues, ...customers]));
  });

  it("puts To back when its rewrite fails half-way, so 150 colleagues kept in To are never in no field", async () => {
    const many = people(150, "contoso.com", "colleague");
    const { host, item, client } = createTestOutlook({ to: [...many, ...customers.slice(0, 20)] });
    host.injectFault({ method: "to.addAsync", call: 1, kind: "fail" });
    const result = await moveToBcc(item, policy, createSnapshotStore(item), { fieldLimit: client.recipientFieldLimit });
    expect(result).toMatchObject({ kind: "failed", step: "rewrite-to-cc" });
    const after = host.getSnapshot();
    expect(everyoneIn(after)).toEqual(new Set(identities([...many, ...customers.slice(0, 20)])));
  });

  it("reports the progress of its writes", async () => {
    const { item, client } = createTestOutlook({ to: [...colleagues, ...customers] });
    const seen: string[] = [];
    await moveToBcc(item, policy, createSnapshotStore(item), {
      fieldLimit: client.recipientFieldLimit,
      onProgress: ({ done, total }) => seen.push(`${done}/${total}`),
    });
    expect(seen).toEqual(["1/4", "2/4", "3/4", "4/4"]);
  });
});

describe("undoMove", () => {
  it("restores the exact previous To, Cc and Bcc, order and names included", async () => {
    const before = {
      to: [...customers.slice(0, 120), ...colleagues],
      cc: people(30, "fabrikam.com", "partner"),
      bcc: [people(1, "contoso.com", "archive")[0] as Recipient],
    };
    const { host, item, client } = createTestOutlook(before);
    const store = createSnapshotStore(item);
    await moveToBcc(item, policy, store, { fieldLimit: client.recipientFieldLimit });
    expect(await undoMove(item, store)).toEqual({ kind: "undone" });
    const after = host.getSnapshot();
    const plain = (list: readonly Recipient[]) =>
      list.map((r) => ({ emailAddress: r.emailAddress, displayName: r.displayName }));
    expect({ to: plain(after.to), cc: plain(after.cc), bcc: plain(after.bcc) }).toEqual(before);
  });

  it("undoes a move made by another runtime, from the copy kept in the item's session data", async () => {
    const { host, item, client } = createTestOutlook({ to: customers.slice(0, 8) });
    await moveToBcc(item, policy, createSnapshotStore(item), { fieldLimit: client.recipientFieldLimit });
    expect(await undoMove(item, createSnapshotStore(item))).toEqual({ kind: "undone" });
    expect(identities(host.getSnapshot().to)).toEqual(identities(customers.slice(0, 8)));
    expect(host.getSnapshot().bcc).toEqual([]);
  });

  it("keeps someone the user added after the move", async () => {
    const { host, item, client } = createTestOutlook({ to: customers.slice(0, 8) });
    const store = createSnapshotStore(item);
    await moveToBcc(item, policy, store, { fieldLimit: client.recipientFieldLimit });
    host.userSetRecipients("cc", [{ emailAddress: "late@fabrikam.com", displayName: "Late" }]);
    await undoMove(item, store);
    expect(identities(host.getSnapshot().cc)).toEqual(["late@fabrikam.com"]);
  });

  it("says there is nothing to undo before any move", async () => {
    const { item } = createTestOutlook({ to: customers.slice(0, 8) });
    expect(await undoMove(item, createSnapshotStore(item))).toEqual({ kind: "nothing-to-undo" });
  });
});

describe("a retry after a move that failed part-way", () => {
  it("keeps the undo copy from before the first attempt, also across runtimes (ribbon command, then pane)", async () => {
    const before = { to: [...colleagues, ...customers.slice(0, 150)] };
    const { host, item, client } = createTestOutlook(before);
    host.injectFault({ method: "bcc.addAsync", call: 2, kind: "fail" });
    const first = await moveToBcc(item, policy, createSnapshotStore(item), { fieldLimit: client.recipientFieldLimit });
    expect(first).toMatchObject({ kind: "failed", step: "add-bcc" });
    const retry = await moveToBcc(item, policy, createSnapshotStore(item), { fieldLimit: client.recipientFieldLimit });
    expect(retry.kind).toBe("moved");

    expect(await undoMove(item, createSnapshotStore(item))).toEqual({ kind: "undone" });
    const after = host.getSnapshot();
    expect(identities(after.to)).toEqual(identities(before.to));
    expect(after.bcc).toEqual([]);
  });
});
