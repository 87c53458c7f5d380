import vm from "node:vm";

import { beforeAll, describe, expect, it } from "vitest";

import { createFakeOffice, createPhoneOffice } from "../src/simulator/fakeOfficeJs/index.ts";
import { OutlookHost } from "../src/simulator/host/index.ts";
import { addresses } from "./support/recipients.ts";

import { builtEventsJs } from "./builtEvents.ts";

let code = "";
beforeAll(async () => {
  code = await builtEventsJs();
}, 60_000);

const customers = (n: number) => addresses(n, (i) => `customer${i}.example`, "c");

/** The built dist/events.js in a bare context whose only non-standard global is the given Office. */
function loadBundle(office: unknown): void {
  const context = vm.createContext({ Office: office, setTimeout, clearTimeout });
  new vm.Script(code, { filename: "events.js" }).runInContext(context);
}

describe("dist/events.js on a phone", () => {
  it("sends OnMessageRecipientsChanged to the phone path: one informational notice and the compose-time stamp", async () => {
    const host = new OutlookHost({ client: "android", to: customers(300) });
    loadBundle(createPhoneOffice(host, "android"));
    const result = await host.dispatch("onMessageRecipientsChangedHandler", { type: "olkRecipientsChanged" });
    expect(result.completed).toBe(true);
    expect(host.lastDispatch?.completedCalls).toBe(1);
    const notices = host.getSnapshot().notifications;
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ type: "informationalMessage", persistent: true });
    expect(notices[0]?.message).toMatch(/^At least 100 people outside your organisation/);
    expect(host.getSnapshot().internetHeaders["X-BCC-Guard"]).toMatch(
      /^v=1; action=block; mode=enforce; checked=compose;/,
    );
  });

  it("keeps the desktop path on the web: the insight infobar with its task pane action, and the compose-time stamp", async () => {
    const host = new OutlookHost({ to: customers(30) });
    loadBundle(createFakeOffice(host));
    await host.dispatch("onMessageRecipientsChangedHandler", { type: "olkRecipientsChanged" });
    expect(host.getSnapshot().notifications.map((n) => n.type)).toEqual(["insightMessage"]);
    // The desktop's own recipients-changed stamp (the send handler rewrites it with checked=send at Send).
    expect(host.getSnapshot().internetHeaders["X-BCC-Guard"]).toMatch(
      /^v=1; action=block; mode=enforce; checked=compose;/,
    );
  });
});
