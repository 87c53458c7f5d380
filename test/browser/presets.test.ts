import { describe, expect, it } from "vitest";

import { PRESETS } from "../../src/simulator/outlook/presets.ts";

import { useSimulatorSession } from "./simulatorSession.ts";

const session = useSimulatorSession();

const BUTTONS = {
  blocked: ["Move to Bcc", "Don't Send"],
  warning: ["Move to Bcc", "Send Anyway", "Don't Send"],
};

describe("presets in the simulator, with the add-in built with the default policy", () => {
  it.each(PRESETS.map((preset) => [preset.label, preset] as const))("%s", async (label, preset) => {
    const { page } = session;
    await page.getByRole("navigation", { name: "Presets" }).getByRole("button", { name: label }).click();
    const loaded = await page.evaluate(() => window.simulator.getRecipients());
    expect(loaded.to).toHaveLength(preset.compose.to.length);
    expect(loaded.cc).toHaveLength(preset.compose.cc.length);

    const outcome = await page.evaluate(() => window.simulator.send());
    if (preset.expected === "sends") {
      expect(outcome).toEqual({ sent: true });
      const [sent] = await page.evaluate(() => window.simulator.sentMessages());
      expect(sent?.to).toEqual(loaded.to);
      expect(sent?.cc).toEqual(loaded.cc);
      await expect.poll(() => page.getByRole("heading", { name: "Sent (1)" }).count()).toBe(1);
      return;
    }
    expect(outcome.sent).toBe(false);
    expect(outcome.dialog?.buttons).toEqual(BUTTONS[preset.expected]);
    const dialog = page.getByRole("alertdialog", { name: "BCC Guard" });
    await dialog.waitFor();
    expect(await dialog.getByRole("button").allTextContents()).toEqual(BUTTONS[preset.expected]);
    expect(await page.evaluate(() => window.simulator.sentMessages())).toEqual([]);
  });
});
