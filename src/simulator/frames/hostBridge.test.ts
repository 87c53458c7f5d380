import { describe, expect, it } from "vitest";

import { createOutlookHost } from "../host/index.ts";

import { findHostBridge, publishHost } from "./hostBridge.ts";

/** Windows as far as the bridge looks at them: a frame knows its parent. */
function windows() {
  const page = {} as Window;
  (page as { parent: Window }).parent = page;
  const frame = { parent: page } as Window;
  return { page, frame };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("host bridge", () => {
  it("lets a frame inside the page find the host, and nothing else", () => {
    const { page, frame } = windows();
    const host = createOutlookHost();
    publishHost(page, host);
    expect(findHostBridge(frame)?.attach(frame).getSnapshot()).toBe(host.getSnapshot());
    expect(findHostBridge(page)).toBeUndefined();
    expect(findHostBridge({ parent: {} } as Window)).toBeUndefined();
  });

  it("works as the host itself: calls, getters and state", async () => {
    const { page, frame } = windows();
    const host = createOutlookHost({ to: ["ann@fabrikam.com"] });
    const view = publishHost(page, host).attach(frame);
    await view.setRecipients("cc", ["bob@contoso.com"]);
    expect(host.getSnapshot().cc.map((r) => r.emailAddress)).toEqual(["bob@contoso.com"]);
    expect(view.requirementSet).toBe("1.15");
    expect(view.limits.recipientsPerField).toBe(500);
  });

  it("stops calling a frame's listeners once the frame is detached", async () => {
    const { page, frame } = windows();
    const host = createOutlookHost();
    const bridge = publishHost(page, host);
    const view = bridge.attach(frame);
    const heard: string[] = [];
    view.onRecipientsChanged(() => heard.push("recipients"));
    view.onInitializationContextChanged(() => heard.push("context"));
    view.subscribe(() => heard.push("state"));

    bridge.detach(frame);
    host.userSetRecipients("to", ["ann@fabrikam.com"]);
    host.setInitializationContext("x", { notify: true });
    await tick();
    expect(heard).toEqual([]);
  });

  it("releases a reloaded frame's earlier subscriptions when it attaches again", async () => {
    const { page, frame } = windows();
    const host = createOutlookHost();
    const bridge = publishHost(page, host);
    const heard: number[] = [];
    bridge.attach(frame).onRecipientsChanged(() => heard.push(1));
    bridge.attach(frame).onRecipientsChanged(() => heard.push(2));
    host.userSetRecipients("to", ["ann@fabrikam.com"]);
    await tick();
    expect(heard).toEqual([2]);
  });
});
