import type { Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { startSimulator } from "./simulatorFixture.ts";
import type { SimulatorHarness, SimulatorPage } from "./simulatorFixture.ts";

// Phones run on the simulator's fake Office.js only: Microsoft's Office.js 1.1.110 talks to Outlook for iOS and
// Android through their native bridge (outlook-ios-16.00.js / outlook-android-16.00.js), which the simulator's
// postMessage host does not play. The real-library test below checks that the simulator says so.

let harness: SimulatorHarness;

beforeAll(async () => {
  harness = await startSimulator();
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

function eventsFrame(page: Page): Frame {
  const frame = page.frames().find((candidate) => candidate.url().endsWith("/events.html"));
  if (!frame) throw new Error("The event runtime is not loaded.");
  return frame;
}

describe("the simulator's phone client, with the add-in built with the default policy", () => {
  let session: SimulatorPage;
  beforeAll(async () => {
    session = await harness.open({ office: "fake" });
  }, 120_000);
  afterAll(async () => {
    await session?.close();
  });

  it("warns about 300 pasted customers with one notice, then sends at Send with no dialog, stamped while composing", async () => {
    const { page } = session;
    await page.evaluate(() => window.simulator.reset());
    await page.evaluate(() => window.simulator.setClient("ios"));

    // The add-in's frame got the phone's Office: no task pane events, no Mailbox above 1.5.
    const seen = await eventsFrame(page).evaluate(() => ({
      host: Office.context.mailbox.diagnostics.hostName,
      version: Office.context.mailbox.diagnostics.hostVersion,
      mailbox18: Office.context.requirements.isSetSupported("Mailbox", "1.8"),
      itemEvents: typeof (Office.context.mailbox.item as unknown as { addHandlerAsync?: unknown }).addHandlerAsync,
      headers: typeof (Office.context.mailbox.item as unknown as { internetHeaders?: unknown }).internetHeaders,
    }));
    expect(seen).toEqual({
      host: "OutlookIOS",
      version: "4.2530.0",
      mailbox18: false,
      itemEvents: "undefined",
      headers: "object",
    });

    // No ribbon on a phone; the preset fills To with 300 private customers.
    expect(await page.getByRole("group", { name: "Ribbon" }).count()).toBe(0);
    await page
      .getByRole("navigation", { name: "Presets" })
      .getByRole("button", { name: "300 customers in To" })
      .click();
    await page.evaluate(() => window.simulator.whenIdle());
    const notices = await page.evaluate(() => window.simulator.infobars());
    expect(notices).toEqual([
      {
        key: "bccGuardExposure",
        type: "informationalMessage",
        message:
          "At least 100 people outside your organisation would see each other's addresses. Move them to Bcc now: a phone checks nothing at Send.",
      },
    ]);
    await page.getByText("At least 100 people outside your organisation").waitFor();

    const outcome = await page.evaluate(() => window.simulator.send());
    expect(outcome).toEqual({ sent: true });
    expect(await page.getByRole("alertdialog").count()).toBe(0);
    const [sent] = await page.evaluate(() => window.simulator.sentMessages());
    expect(sent?.to).toHaveLength(300);
    expect(sent?.client).toBe("ios");
    expect(sent?.internetHeaders["X-BCC-Guard"]).toMatch(
      /^v=1; action=block; mode=enforce; checked=compose; compose=new; visible=100; external=100; parties=100; groups=0; sensitive=no; policy=[0-9a-f]{8}$/,
    );
    expect(session.errors).toEqual([]);
  });

  it("replaces the notice as recipients change on Android, and has no task pane", async () => {
    const { page } = session;
    await page.evaluate(() => window.simulator.reset());
    await page.getByRole("radio", { name: "Android (Outlook for Android)" }).check();
    await page.evaluate(() => window.simulator.whenIdle());
    await page.evaluate(() =>
      window.simulator.setRecipients({ to: Array.from({ length: 40 }, (_, i) => `c${i}@customer${i}.example`) }),
    );
    await page.evaluate(() => window.simulator.whenIdle());
    expect((await page.evaluate(() => window.simulator.infobars())).map((n) => n.message.slice(0, 9))).toEqual([
      "40 people",
    ]);
    await page.evaluate(() =>
      window.simulator.setRecipients({ to: Array.from({ length: 60 }, (_, i) => `c${i}@customer${i}.example`) }),
    );
    await page.evaluate(() => window.simulator.whenIdle());
    expect((await page.evaluate(() => window.simulator.infobars())).map((n) => n.message.slice(0, 9))).toEqual([
      "60 people",
    ]);
    await expect(page.evaluate(() => window.simulator.openTaskPane())).rejects.toThrow(/no task pane/);
    expect(session.errors).toEqual([]);
  });
});

describe("on Microsoft's Office.js", () => {
  it("refuses a phone and says why, leaving the desktop client in place", async () => {
    const session = await harness.open({ office: "real" });
    try {
      const { page } = session;
      await expect(page.evaluate(() => window.simulator.setClient("ios"))).rejects.toThrow(/fake Office\.js only/);
      expect(await page.getByRole("radio", { name: "iPhone (Outlook for iOS)" }).isDisabled()).toBe(true);
      expect(await page.getByRole("group", { name: "Ribbon" }).count()).toBe(1);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
