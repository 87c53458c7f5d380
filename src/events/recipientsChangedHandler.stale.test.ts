import { describe, expect, it } from "vitest";

import { DEFAULT_POLICY } from "../engine/index.ts";
import { people } from "../../test/support/recipients.ts";
import { createTestOutlook, recordingEvent } from "../../test/support/testOutlook.ts";

import { handleRecipientsChanged } from "./recipientsChangedHandler.ts";

const policy = { ...DEFAULT_POLICY, internalDomains: ["contoso.com"] };
const customers = (n: number) => people(n, (i) => `client${i}.example`, "customer");
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function run(outlook: ReturnType<typeof createTestOutlook>, deadlineMs = 3000) {
  const { calls, event } = recordingEvent();
  const done = handleRecipientsChanged(event, { item: outlook.item, policy, client: outlook.client, deadlineMs });
  return { calls, done };
}

describe("the notice is never stale", () => {
  it("a run whose recipients changed after it read them writes nothing (no 300-person notice on a mail to one colleague)", async () => {
    const outlook = createTestOutlook({ to: customers(300) }, 2000);
    outlook.host.setLatency(200, "from.getAsync");
    const { calls, done } = run(outlook);
    await wait(60);
    outlook.host.userSetRecipients("to", people(1, "contoso.com"));
    await done;
    expect(calls).toHaveLength(1);
    expect(outlook.host.getSnapshot().notifications).toEqual([]);
  });

  it("a run past its deadline writes nothing (it does not remove the notice while 300 customers are in To)", async () => {
    const outlook = createTestOutlook({ to: customers(300) }, 5000);
    await run(outlook).done;
    expect(outlook.host.getSnapshot().notifications).toHaveLength(1);
    // A slow run that read an older, harmless state and finishes after its deadline.
    outlook.host.userSetRecipients("to", people(1, "contoso.com"));
    outlook.host.setLatency(300, "from.getAsync");
    const slow = run(outlook, 100);
    await wait(20);
    outlook.host.userSetRecipients("to", customers(300));
    await slow.done;
    await wait(350);
    expect(slow.calls).toHaveLength(1);
    expect(outlook.host.getSnapshot().notifications[0]?.message).toContain("300");
  });

  it("a failed read replaces the count with “couldn't check”", async () => {
    const outlook = createTestOutlook({ to: customers(300) });
    await run(outlook).done;
    outlook.host.injectFault({ method: "cc.getAsync", call: 1, kind: "fail" });
    const { calls, done } = run(outlook);
    await done;
    expect(calls).toHaveLength(1);
    const bars = outlook.host.getSnapshot().notifications;
    expect(bars).toHaveLength(1);
    expect(bars[0]?.message).toContain("couldn't check");
    expect(bars[0]?.message).not.toContain("300");
  });
});
