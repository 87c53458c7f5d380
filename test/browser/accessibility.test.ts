import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { startSimulator } from "./simulatorFixture.ts";
import type { SimulatorHarness, SimulatorPage } from "./simulatorFixture.ts";

let harness: SimulatorHarness;
let session: SimulatorPage;
let page: Page;

beforeAll(async () => {
  harness = await startSimulator();
  session = await harness.open();
  page = session.page;
}, 180_000);

afterAll(async () => {
  await session?.close();
  await harness?.close();
});

beforeEach(async () => {
  await page.evaluate(() => window.simulator.reset());
});

afterEach(() => {
  expect(session.errors).toEqual([]);
});

/** Serious and critical WCAG 2.1 A/AA violations on the page and in its frames, as "rule: where". */
async function seriousViolations(): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(" ")}`));
}

describe("accessibility (axe, WCAG 2.1 AA)", () => {
  it("the simulator and the task pane beside it, with a blocked message and its infobar", async () => {
    await page.getByRole("button", { name: "300 customers in To" }).click();
    await page.evaluate(() => window.simulator.whenIdle());
    await page.evaluate(() => window.simulator.openTaskPane());
    const pane = page.frameLocator('iframe[title="BCC Guard"]');
    await pane.getByRole("button", { name: "Move to Bcc" }).waitFor();
    expect(await page.evaluate(() => window.simulator.infobars().length)).toBe(1);
    expect(await seriousViolations()).toEqual([]);
  });

  it("the task pane after a move, with its outcome and Undo", async () => {
    await page.getByRole("button", { name: "416 customers in Cc" }).click();
    await page.evaluate(() => window.simulator.openTaskPane());
    const pane = page.frameLocator('iframe[title="BCC Guard"]');
    await pane.getByRole("button", { name: "Move to Bcc" }).click();
    await pane.getByRole("button", { name: "Undo" }).waitFor();
    expect(await seriousViolations()).toEqual([]);
  });

  it("the Smart Alert", async () => {
    await page.getByRole("button", { name: "15 patients" }).click();
    await page.evaluate(() => window.simulator.send());
    await page.getByRole("alertdialog").waitFor();
    expect(await seriousViolations()).toEqual([]);
  });
});
