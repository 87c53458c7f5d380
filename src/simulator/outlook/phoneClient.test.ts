import { describe, expect, it } from "vitest";

import { DEFAULT_POLICY } from "../../engine/index.ts";
import { handlePhoneRecipientsChanged } from "../../events/phoneNotice.ts";
import { readClientInfo } from "../../office/clientInfo.ts";
import { createMailItem } from "../../office/mailItem.ts";
import { createPhoneExtras } from "../../office/phoneSurface.ts";
import { createPhoneOffice } from "../fakeOfficeJs/index.ts";
import { createOutlookHost } from "../host/index.ts";
import type { ActionHandler } from "../host/index.ts";

import { createSimulatorApi } from "./automationApi.ts";
import { SimulatedOutlook } from "./simulatedOutlook.ts";

const customers = (n: number) => Array.from({ length: n }, (_, i) => `Customer ${i} <c${i}@customer${i}.example>`);

/**
 * The simulator with the add-in's phone path wired as src/events/main.ts wires it on a phone, over the phone's
 * Office (the event runtime frame does the same with the built bundle).
 */
function setUp() {
  const host = createOutlookHost();
  const outlook = new SimulatedOutlook(host, { recipientsChangedDelayMs: 5 });
  const api = createSimulatorApi(outlook, { office: "fake" });
  let sendHandlerRuns = 0;
  const associate = () => {
    const os = host.client === "desktop" ? "ios" : host.client;
    const office = createPhoneOffice(host, os) as unknown as typeof Office;
    const onRecipientsChanged: ActionHandler = (event) => {
      const client = readClientInfo(office);
      void handlePhoneRecipientsChanged(event, {
        item: createMailItem(office),
        policy: { ...DEFAULT_POLICY, organization: "Contoso", internalDomains: ["contoso.com"] },
        client,
        extras: client.phone ? createPhoneExtras(office, client.phone) : null,
      });
    };
    host.actions.associate("onMessageRecipientsChangedHandler", onRecipientsChanged);
    host.actions.associate("onMessageSendHandler", (event) => {
      sendHandlerRuns += 1;
      event.completed({ allowEvent: false, errorMessage: "blocked" });
    });
    outlook.runtimeLoaded(outlook.getSnapshot().runtimeLoadId);
  };
  return { host, outlook, api, associate, sendHandlerRuns: () => sendHandlerRuns };
}

describe("the simulator's phone client", () => {
  it("warns with one notice while composing, then sends at Send without asking the add-in, stamp and all", async () => {
    const { host, api, outlook, associate, sendHandlerRuns } = setUp();
    const switching = api.setClient("ios");
    associate();
    await switching;
    expect(host.client).toBe("ios");

    api.setRecipients({ to: customers(300) });
    await api.whenIdle();
    expect(api.infobars()).toEqual([
      {
        key: "bccGuardExposure",
        type: "informationalMessage",
        message:
          "At least 100 people outside Contoso would see each other's addresses. Move them to Bcc now: a phone checks nothing at Send.",
      },
    ]);

    expect(await api.send()).toEqual({ sent: true });
    expect(sendHandlerRuns()).toBe(0);
    expect(outlook.getSnapshot().dialog).toBeNull();
    const [sent] = api.sentMessages();
    expect(sent?.to).toHaveLength(300);
    expect(sent?.client).toBe("ios");
    expect(sent?.internetHeaders["X-BCC-Guard"]).toMatch(
      /^v=1; action=block; mode=enforce; checked=compose; compose=new; visible=100; external=100; parties=100; groups=0; sensitive=no; policy=[0-9a-f]{8}$/,
    );
    // The next compose window is still on the phone.
    expect(host.client).toBe("ios");
  });

  it("has no task pane and no ribbon commands on a phone", async () => {
    const { api, outlook, associate } = setUp();
    const switching = api.setClient("android");
    associate();
    await switching;
    await expect(api.openTaskPane()).rejects.toThrow(/no task pane/);
    await expect(api.runMoveToBcc()).rejects.toThrow(/no ribbon/);
    expect(outlook.getSnapshot().pane.open).toBe(false);
  });

  it("goes back to the desktop on reset, where Send asks the add-in again", async () => {
    const { host, api, associate, sendHandlerRuns } = setUp();
    const switching = api.setClient("ios");
    associate();
    await switching;
    const resetting = api.reset();
    associate();
    await resetting;
    expect(host.client).toBe("desktop");
    api.setRecipients({ to: customers(3) });
    expect((await api.send()).sent).toBe(false);
    expect(sendHandlerRuns()).toBe(1);
  });

  it("refuses a phone on Microsoft's Office.js and an unknown client, saying why", async () => {
    const { outlook } = setUp();
    const real = createSimulatorApi(outlook, { office: "real" });
    await expect(real.setClient("ios")).rejects.toThrow(/fake Office\.js only/);
    await expect(real.setClient("windows-phone" as "ios")).rejects.toThrow(/"desktop", "ios", "android"/);
    expect(outlook.host.client).toBe("desktop");
  });
});
