import type { Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { PRESETS } from "../../src/simulator/outlook/presets.ts";

import { startSimulator } from "./simulatorFixture.ts";
import type { OpenOptions, SimulatorHarness } from "./simulatorFixture.ts";

let harness: SimulatorHarness;

beforeAll(async () => {
  harness = await startSimulator();
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

/** What the add-in's frame sees of the Office.js it runs. */
interface OfficeSeen {
  /** Microsoft's library defines OSF; the fake does not. */
  microsofts: boolean;
  host: string | undefined;
  mailbox115: boolean;
}

async function officeIn(frame: Frame): Promise<OfficeSeen> {
  return frame.evaluate(async () => {
    await Office.onReady();
    return {
      microsofts: typeof (window as unknown as { OSF?: unknown }).OSF === "object",
      host: Office.context.mailbox.diagnostics.hostName,
      mailbox115: Office.context.requirements.isSetSupported("Mailbox", "1.15"),
    };
  });
}

function paneFrame(page: Page): Frame {
  const frame = page.frames().find((candidate) => candidate.url().endsWith("/taskpane.html"));
  if (!frame) throw new Error("The task pane is not open.");
  return frame;
}

describe("which Office.js the add-in runs on", () => {
  it("by default Microsoft's, which reads the requirement set as the pane loads, so the pane reloads when it changes", async () => {
    const session = await harness.open();
    try {
      const { page } = session;
      await page.evaluate(() => window.simulator.openTaskPane());
      expect(await officeIn(paneFrame(page))).toEqual({ microsofts: true, host: "OutlookWebApp", mailbox115: true });

      await page.evaluate(() => window.simulator.setRequirementSet("1.14"));
      await expect
        .poll(async () => (await officeIn(paneFrame(page)).catch(() => undefined))?.mailbox115, { timeout: 20_000 })
        .toBe(false);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it.each<[string, OpenOptions, boolean]>([
    [
      "Microsoft's, from npm start's own pages (/addin/), with nothing fetched from elsewhere",
      { servedPages: true },
      true,
    ],
    ["the simulator's fake (?office=fake)", { office: "fake" }, false],
  ])("%s: a blocked message's Move to Bcc puts everyone in Bcc", async (_, options, microsofts) => {
    const session = await harness.open(options);
    try {
      const { page } = session;
      const customers = PRESETS.find((preset) => preset.id === "feedback-300")?.compose.to ?? [];
      await page.getByRole("button", { name: "300 customers in To" }).click();
      await page.evaluate(() => window.simulator.whenIdle());
      const outcome = await page.evaluate(() => window.simulator.send());
      expect(outcome.dialog?.buttons).toEqual(["Move to Bcc", "Don't Send"]);

      await page.getByRole("alertdialog").getByRole("button", { name: "Move to Bcc" }).click();
      await expect
        .poll(async () => (await page.evaluate(() => window.simulator.getRecipients())).bcc.length, { timeout: 30_000 })
        .toBe(customers.length);
      const moved = await page.evaluate(() => window.simulator.getRecipients());
      expect(moved.bcc.map((r) => r.emailAddress).sort()).toEqual(customers.map((r) => r.emailAddress).sort());

      await page.evaluate(() => window.simulator.openTaskPane());
      expect((await officeIn(paneFrame(page))).microsofts).toBe(microsofts);
      expect(session.errors).toEqual([]);
      expect(session.refused).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
