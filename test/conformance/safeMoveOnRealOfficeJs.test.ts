/*
 * The safe move and the send handler's clean-up on both Office.js paths: the simulator's fake, and Microsoft's real
 * Office.js (in jsdom) over the simulated Outlook on the web. Both must end in the same state.
 */
import { describe, expect, it } from "vitest";

import { DEFAULT_POLICY } from "../../src/engine/index.ts";
import { handleMessageSend } from "../../src/events/sendHandler.ts";
import { readClientInfo } from "../../src/office/clientInfo.ts";
import { createMailItem } from "../../src/office/mailItem.ts";
import { UNDO_SESSION_KEY, createSnapshotStore } from "../../src/office/recipientSnapshot.ts";
import { moveToBcc, undoMove } from "../../src/office/safeMove.ts";
import { people } from "../support/recipients.ts";
import { recordingEvent } from "../support/testOutlook.ts";

import { inBoth } from "./runtimes.ts";

const policy = { ...DEFAULT_POLICY, internalDomains: ["contoso.com"] };
const colleagues = people(150, "contoso.com", "colleague");
const customers = people(250, (i) => `client${i % 40}.example`, "buyer");
const addressesOf = (list: readonly { emailAddress: string }[]) => list.map((r) => r.emailAddress.toLowerCase());

describe("the safe move with two failing calls, on both Office.js paths", () => {
  it("to.addAsync #1 and the put-back to.addAsync #2 fail: nobody lost, the result says so truthfully, a retry and an undo work", async () => {
    const seen = await inBoth(
      { to: [...colleagues, ...customers], cc: people(20, "shop.example") },
      async (runtime) => {
        const { host, office } = runtime;
        const item = createMailItem(office, 2000);
        host.injectFault({ method: "to.addAsync", call: 1, kind: "fail" });
        host.injectFault({ method: "to.addAsync", call: 2, kind: "fail" });
        const first = await moveToBcc(item, policy, createSnapshotStore(item), { fieldLimit: 500 });
        const afterFirst = host.getSnapshot();
        const everyone = new Set([...afterFirst.to, ...afterFirst.cc, ...afterFirst.bcc].map((r) => r.emailAddress));
        host.clearFaults();
        const retryItem = createMailItem(office, 2000);
        const retry = await moveToBcc(retryItem, policy, createSnapshotStore(retryItem, { remember: false }), {
          fieldLimit: 500,
        });
        const moved = host.getSnapshot();
        const undoItem = createMailItem(office, 2000);
        const undone = await undoMove(undoItem, createSnapshotStore(undoItem));
        const back = host.getSnapshot();
        return {
          first: {
            kind: first.kind,
            step: first.kind === "failed" ? first.step : null,
            lost: "lost" in first ? first.lost : null,
          },
          missingAfterFirst: [...colleagues, ...customers].filter((r) => !everyone.has(r.emailAddress)).length,
          retry: retry.kind,
          to: addressesOf(moved.to).length,
          bcc: addressesOf(moved.bcc).length,
          undone: undone.kind,
          backTo: addressesOf(back.to),
        };
      },
    );
    expect(seen).toEqual({
      first: { kind: "failed", step: "rewrite-to-cc", lost: 0 },
      missingAfterFirst: 0,
      retry: "moved",
      to: 150,
      bcc: 270,
      undone: "undone",
      backTo: addressesOf([...colleagues, ...customers]),
    });
  }, 120_000);
});

describe("no addresses left behind (issue 15 item 4), on both Office.js paths", () => {
  it("the send handler clears the undo copy when it lets the message go, and keeps it when it holds the message", async () => {
    const seen = await inBoth({ to: people(8, (i) => `org${i}.example`) }, async ({ host, office }) => {
      const item = createMailItem(office, 2000);
      await moveToBcc(item, policy, createSnapshotStore(item), { fieldLimit: 500 });
      const copyAfterMove = UNDO_SESSION_KEY in host.getSnapshot().sessionData;
      const client = readClientInfo(office);
      const allowed = recordingEvent();
      await handleMessageSend(allowed.event, { item, policy, client });
      const copyAfterSend = UNDO_SESSION_KEY in host.getSnapshot().sessionData;

      // A held message keeps its copy: the user may still undo before sending again.
      host.userSetRecipients(
        "to",
        people(300, (i) => `org${i}.example`),
      );
      await moveToBcc(item, policy, createSnapshotStore(item), { fieldLimit: 500 });
      host.userSetRecipients(
        "to",
        people(300, (i) => `org${i}.example`),
      );
      const held = recordingEvent();
      await handleMessageSend(held.event, { item, policy, client });
      return {
        copyAfterMove,
        allowed: allowed.calls,
        copyAfterSend,
        held: held.calls.map((c) => c?.allowEvent),
        copyAfterHeld: UNDO_SESSION_KEY in host.getSnapshot().sessionData,
      };
    });
    expect(seen).toEqual({
      copyAfterMove: true,
      allowed: [{ allowEvent: true }],
      copyAfterSend: false,
      held: [false],
      copyAfterHeld: true,
    });
  }, 120_000);
});
