import AxeBuilder from "@axe-core/playwright";
import { describe, expect, it } from "vitest";

import { useSimulatorSession } from "./simulatorSession.ts";

const session = useSimulatorSession();

/** Serious and critical WCAG 2.1 A/AA violations on the session.page and in its frames, as "rule: where". */
async function seriousViolations(): Promise<string[]> {
  const results = await new AxeBuilder({ page: session.page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(" ")}`));
}

describe("accessibility (axe, WCAG 2.1 AA)", () => {
  it("the simulator and the task pane beside it, with a blocked message and its infobar", async () => {
    await session.page.getByRole("button", { name: "300 customers in To" }).click();
    await session.page.evaluate(() => window.simulator.whenIdle());
    await session.page.evaluate(() => window.simulator.openTaskPane());
    const pane = session.page.frameLocator('iframe[title="BCC Guard"]');
    await pane.getByRole("button", { name: "Move to Bcc" }).waitFor();
    expect(await session.page.evaluate(() => window.simulator.infobars().length)).toBe(1);
    expect(await seriousViolations()).toEqual([]);
  });

  it("the task pane after a move, with its outcome and Undo", async () => {
    await session.page.getByRole("button", { name: "416 customers in Cc" }).click();
    await session.page.evaluate(() => window.simulator.openTaskPane());
    const pane = session.page.frameLocator('iframe[title="BCC Guard"]');
    await pane.getByRole("button", { name: "Move to Bcc" }).click();
    await pane.getByRole("button", { name: "Undo" }).waitFor();
    expect(await seriousViolations()).toEqual([]);
  });

  it("the Smart Alert", async () => {
    await session.page.getByRole("button", { name: "15 patients" }).click();
    await session.page.evaluate(() => window.simulator.send());
    await session.page.getByRole("alertdialog").waitFor();
    expect(await seriousViolations()).toEqual([]);
  });
});
