import { describe, expect, it } from "vitest";

import { DEFAULT_POLICY } from "../engine/index.ts";
import type { Policy } from "../engine/index.ts";
import { people } from "../../test/support/recipients.ts";
import { createTestOutlook, recordingEvent } from "../../test/support/testOutlook.ts";

import { handleRecipientsChanged } from "./recipientsChangedHandler.ts";

// The live notice in each mode, the compose-time stamp (checked=compose) and the reply-all wording.

const policy: Policy = { ...DEFAULT_POLICY, organization: "Vodafone", internalDomains: ["vodafone.com"] };

async function recipientsChanged(outlook: ReturnType<typeof createTestOutlook>, p: Policy = policy) {
  const { calls, event } = recordingEvent();
  const { item, client, headers, composeType } = outlook;
  await handleRecipientsChanged(event, { item, policy: p, client, headers, composeType });
  return calls;
}

describe("the recipients-changed handler by mode", () => {
  it("in enforce mode shows the notice and stamps the draft as checked while composing", async () => {
    const outlook = createTestOutlook({ to: people(40, "gmail.com") });
    expect(await recipientsChanged(outlook)).toHaveLength(1);
    const { notifications, internetHeaders } = outlook.host.getSnapshot();
    expect(notifications).toHaveLength(1);
    expect(internetHeaders["X-BCC-Guard"]).toMatch(
      /^v=1; action=block; mode=enforce; checked=compose; compose=new; visible=40;/,
    );
  });

  it("in monitor mode shows nothing, removes a notice shown before, and still stamps", async () => {
    const outlook = createTestOutlook({ to: people(40, "gmail.com") });
    await recipientsChanged(outlook);
    expect(outlook.host.getSnapshot().notifications).toHaveLength(1);

    const monitor: Policy = { ...policy, mode: "monitor" };
    outlook.host.userSetRecipients("to", people(60, "gmail.com"));
    expect(await recipientsChanged(outlook, monitor)).toHaveLength(1);
    const { notifications, internetHeaders } = outlook.host.getSnapshot();
    expect(notifications).toEqual([]);
    expect(internetHeaders["X-BCC-Guard"]).toContain("action=block; mode=monitor; checked=compose;");
    expect(internetHeaders["X-BCC-Guard"]).toContain("visible=60;");
  });

  it("in warn-only mode shows the warning", async () => {
    const outlook = createTestOutlook({ to: people(40, "gmail.com") });
    await recipientsChanged(outlook, { ...policy, mode: "warn-only" });
    expect(outlook.host.getSnapshot().notifications[0]?.message).toContain("40");
  });

  it("still shows the notice when the stamp cannot be written, and completes once", async () => {
    const outlook = createTestOutlook({ to: people(40, "gmail.com") });
    outlook.host.injectFault({ method: "internetHeaders.setAsync", kind: "fail" });
    expect(await recipientsChanged(outlook)).toHaveLength(1);
    const { notifications, internetHeaders } = outlook.host.getSnapshot();
    expect(notifications).toHaveLength(1);
    expect(internetHeaders).toEqual({});
  });

  it("tells a replier that replying to all sends 416 customers' addresses again", async () => {
    const outlook = createTestOutlook({
      composeType: "reply",
      to: [{ emailAddress: "customer0@gmail.com", displayName: "Customer 0" }],
      cc: people(415, (i) => ["gmail.com", "yahoo.co.uk", "btinternet.com"][i % 3] ?? "", "c"),
    });
    await recipientsChanged(outlook);
    const [bar] = outlook.host.getSnapshot().notifications;
    expect(bar?.message).toBe(
      "416 people outside Vodafone would see each other's addresses. Reply-all resends their addresses: reply to the sender only or use Bcc.",
    );
    expect(outlook.host.getSnapshot().internetHeaders["X-BCC-Guard"]).toContain("compose=reply;");
  });
});
