import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { PRESETS } from "../../src/simulator/outlook/presets.ts";

import { startSimulator } from "./simulatorFixture.ts";
import type { SimulatorHarness } from "./simulatorFixture.ts";

let harness: SimulatorHarness;

beforeAll(async () => {
  harness = await startSimulator();
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

const customers = PRESETS.find((preset) => preset.id === "feedback-300")?.compose.to ?? [];

/** Console errors of the page and the add-in's frames (refused requests, failed loads, logged errors). */
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${message.location().url}: ${message.text()}`);
  });
  return errors;
}

/** Counts the Office calls (ExecuteMethod) the add-in's frames post to the simulated host. */
async function countOfficeCalls(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const counter = window as unknown as { officeCalls: number };
    counter.officeCalls = 0;
    window.addEventListener("message", (event) => {
      if (typeof event.data === "string" && event.data.includes('"_actionName":"ExecuteMethod"')) counter.officeCalls++;
    });
  });
  return () => page.evaluate(() => (window as unknown as { officeCalls: number }).officeCalls);
}

async function moveToBccFromRibbon(page: Page) {
  await page.evaluate((to) => window.simulator.setRecipients({ to }), customers);
  await page.evaluate(() => window.simulator.whenIdle());
  const calls = await countOfficeCalls(page);
  const started = performance.now();
  await page.evaluate(() => window.simulator.runMoveToBcc());
  const ms = Math.round(performance.now() - started);
  return { ms, calls: await calls(), bcc: (await page.evaluate(() => window.simulator.getRecipients())).bcc };
}

// npm start's own pages (/addin/), where Office.js loads its localised strings from /office-js/<lang>/.
describe("Microsoft's Office.js in every display language, as npm start serves it", () => {
  let english: { ms: number; calls: number } | undefined;

  it.each(["en-US", "fr-FR", "de-DE", "es-ES", "ja-JP"])(
    "%s: the pages load Office.js's strings with no error, and Move to Bcc takes as many Office calls as in English",
    async (language) => {
      const session = await harness.open({ servedPages: true });
      try {
        const { page } = session;
        const errors = consoleErrors(page);
        await page.evaluate((tag) => window.simulator.setLanguage(tag), language);
        await page.evaluate(() => window.simulator.openTaskPane());
        const pane = page.frames().find((frame) => frame.url().endsWith("/taskpane.html"));
        expect(await pane?.evaluate(() => Office.context.displayLanguage)).toBe(language);

        const move = await moveToBccFromRibbon(page);
        expect(move.bcc).toHaveLength(customers.length);
        // Printed, not asserted: before the fix a move took 10-16 s outside English (Office.js waited for strings).
        console.log(`${language}: Move to Bcc of 300 took ${move.ms} ms and ${move.calls} Office calls`);
        if (language === "en-US") english = move;
        // The notice's recipients-changed runs (each reads, reads again to be sure it is not stale, and stamps) may
        // land inside or after the move: a few calls either way. Waiting on missing strings cost seconds, not calls.
        else if (english) expect(Math.abs(move.calls - english.calls)).toBeLessThanOrEqual(8);

        expect(session.errors).toEqual([]);
        expect(errors).toEqual([]);
        expect(session.refused).toEqual([]);
      } finally {
        await session.close();
      }
    },
    90_000,
  );
});
