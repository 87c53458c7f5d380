import { describe, expect, it } from "vitest";

import { DEFAULT_POLICY } from "../engine/index.ts";
import { people } from "../../test/support/recipients.ts";
import { createTestOutlook, recordingEvent } from "../../test/support/testOutlook.ts";

import { handleRecipientsChanged } from "./recipientsChangedHandler.ts";

const policy = { ...DEFAULT_POLICY, internalDomains: ["contoso.com"] };

async function recipientsChanged(outlook: ReturnType<typeof createTestOutlook>) {
  const { calls, event } = recordingEvent();
  await handleRecipientsChanged(event, { item: outlook.item, policy, client: outlook.client });
  return calls;
}

describe("the recipients-changed handler", () => {
  it("shows one insight infobar that opens the task pane while people are exposed", async () => {
    const outlook = createTestOutlook({ to: people(40, "gmail.com") });
    expect(await recipientsChanged(outlook)).toHaveLength(1);
    const [bar, ...others] = outlook.host.getSnapshot().notifications;
    expect(others).toEqual([]);
    expect(bar).toMatchObject({ key: "bccGuardExposure", type: "insightMessage" });
    expect(bar?.message.length).toBeLessThanOrEqual(150);
    expect(bar?.message).toContain("40");
    expect(bar?.actions).toEqual([
      expect.objectContaining({ actionType: "showTaskPane", commandId: "openPaneButton" }),
    ]);
  });

  it("replaces the infobar as recipients change, and removes it once nobody is exposed", async () => {
    const outlook = createTestOutlook({ to: people(40, "gmail.com") });
    await recipientsChanged(outlook);
    outlook.host.userSetRecipients("to", people(60, "gmail.com"));
    await recipientsChanged(outlook);
    const bars = outlook.host.getSnapshot().notifications;
    expect(bars).toHaveLength(1);
    expect(bars[0]?.message).toContain("60");

    outlook.host.userSetRecipients("to", people(3, "contoso.com"));
    expect(await recipientsChanged(outlook)).toHaveLength(1);
    expect(outlook.host.getSnapshot().notifications).toEqual([]);
  });

  it("completes exactly once even when the recipients cannot be read or there is no infobar to remove", async () => {
    const outlook = createTestOutlook({ to: people(2, "contoso.com") });
    expect(await recipientsChanged(outlook)).toHaveLength(1);
    outlook.host.injectFault({ method: "to.getAsync", kind: "fail" });
    expect(await recipientsChanged(outlook)).toHaveLength(1);
  });
});
