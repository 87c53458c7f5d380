/*
 * The built dist/events.js against both Office.js: in classic Outlook's bare runtime over the fake, and in an
 * add-in page in jsdom after Microsoft's real Office.js (1.1.110, from node_modules) talking to the simulated
 * Outlook on the web. The same launch events and the same command must leave the same outcome.
 */
import vm from "node:vm";

import { beforeAll, describe, expect, it } from "vitest";

import { createFakeOffice } from "../../src/simulator/fakeOfficeJs/fakeOffice.ts";
import { OutlookHost, type OutlookHostOptions } from "../../src/simulator/host/outlookHost.ts";
import { builtEventsJs } from "../builtEvents.ts";
import { people } from "../support/recipients.ts";

import { openRealOfficeFrame, type RealOfficeFrame } from "./realOfficeFrame.ts";
import { settle } from "./runtimes.ts";

let code = "";
beforeAll(async () => {
  code = await builtEventsJs();
}, 60_000);

const customers = (count: number) => people(count, "gmail.com", "customer");

/** The bundle as classic Outlook on Windows runs it: a bare script context whose only extra global is Office. */
function fakeRuntime(options: OutlookHostOptions): OutlookHost {
  const host = new OutlookHost(options);
  const context = vm.createContext({ Office: createFakeOffice(host), setTimeout, clearTimeout });
  new vm.Script(code, { filename: "events.js" }).runInContext(context);
  return host;
}

/** The bundle in an add-in page after real office.js, with `dispatch` going through the page's Office.js. */
async function realRuntime(options: OutlookHostOptions): Promise<{ host: OutlookHost; frame: RealOfficeFrame }> {
  const host = new OutlookHost(options);
  const frame = await openRealOfficeFrame({ host, scripts: [{ path: "events.js", code }] });
  host.useDispatcher(frame.xdm.dispatcher);
  return { host, frame };
}

describe("the built events.js on Microsoft's Office.js and on the fake", () => {
  it("OnMessageSend blocks 300 customers in To with the same completed options", async () => {
    const options = { to: customers(300) };
    const fakeHost = fakeRuntime(options);
    const fake = await fakeHost.dispatch("onMessageSendHandler", { type: "messageSend" });

    const { host, frame } = await realRuntime(options);
    try {
      const real = await host.dispatch("onMessageSendHandler", { type: "messageSend" });
      await settle();
      expect(real).toEqual(fake);
      expect(fake).toMatchObject({ completed: true, options: { allowEvent: false, commandId: "moveToBccButton" } });
      expect(host.lastDispatch?.completedCalls).toBe(1);
      expect(frame.errors).toEqual([]);
    } finally {
      frame.close();
    }
  });

  it("OnMessageRecipientsChanged shows the same infobar, and Move to Bcc leaves the same fields", async () => {
    const options = { to: customers(30), cc: [{ emailAddress: "boss@contoso.com", displayName: "Boss" }] };
    const recipientsChanged = {
      type: "olkRecipientsChanged",
      changedRecipientFields: { to: true, cc: false, bcc: false },
    };
    const command = { type: "ExecuteFunction", source: { id: "moveToBccButton" } };

    const fakeHost = fakeRuntime(options);
    const fakeResults = [
      await fakeHost.dispatch("onMessageRecipientsChangedHandler", recipientsChanged),
      await fakeHost.dispatch("moveToBcc", command),
    ];

    const { host, frame } = await realRuntime(options);
    try {
      const realResults = [
        await host.dispatch("onMessageRecipientsChangedHandler", recipientsChanged),
        await host.dispatch("moveToBcc", command),
      ];
      expect(realResults).toEqual(fakeResults);
      const outcome = (h: OutlookHost) => {
        const { to, cc, bcc, notifications, sessionData } = h.getSnapshot();
        return { to, cc, bcc, notifications, sessionData };
      };
      expect(outcome(host)).toEqual(outcome(fakeHost));
      expect(outcome(fakeHost).bcc.length).toBeGreaterThanOrEqual(30);
      expect(outcome(fakeHost).notifications.map((bar) => bar.key)).toContain("bccGuardMoveResult");
      expect(frame.errors).toEqual([]);
    } finally {
      frame.close();
    }
  });

  it("gets OnMessageSend on the 2022 build, which registers launch events only after Office.onReady: events.js calls it itself", async () => {
    const host = new OutlookHost({ to: customers(300) });
    const frame = await openRealOfficeFrame({ host, scripts: [{ path: "events.js", code }], callOnReady: false });
    try {
      await waitFor(() => frame.xdm.registeredEvents.includes("appCommandInvoked"));
      const result = await frame.xdm.dispatch("onMessageSendHandler", { type: "messageSend" }, { timeoutMs: 5000 });
      expect(result).toMatchObject({ completed: true, options: { allowEvent: false, commandId: "moveToBccButton" } });
    } finally {
      frame.close();
    }
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("Condition not met in time.");
    await settle(10);
  }
}
