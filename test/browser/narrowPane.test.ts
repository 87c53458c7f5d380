import type { Frame } from "playwright-core";
import { describe, expect, it } from "vitest";

import { useSimulatorSession } from "./simulatorSession.ts";

const session = useSimulatorSession({ eachTest: false });

const customers = Array.from(
  { length: 40 },
  (_, i) => `Customer With A Rather Long Name ${i} <customer.${i}@gmail.com>`,
);
const partners = Array.from({ length: 6 }, (_, i) => `p${i}@an-exceptionally-long-partner-domain-name-${i}.example`);

/** Opens the real task pane for the message and narrows its frame to Outlook's narrowest pane. */
async function narrowPane(language: string): Promise<Frame> {
  await session.page.evaluate(() => window.simulator.reset());
  await session.page.evaluate((lang) => window.simulator.setLanguage(lang), language);
  await session.page.evaluate((to) => window.simulator.setRecipients({ to }), [...customers, ...partners]);
  await session.page.evaluate(() => window.simulator.openTaskPane());
  const frameElement = session.page.locator('iframe[title="BCC Guard"]');
  await frameElement.evaluate((el: HTMLIFrameElement) => {
    el.style.width = "320px";
    el.style.minWidth = "320px";
    el.style.maxWidth = "320px";
  });
  const frame = await (await frameElement.elementHandle())?.contentFrame();
  if (!frame) throw new Error("no task pane frame");
  await frame.getByRole("button", { name: /bcc/i }).first().waitFor();
  return frame;
}

async function horizontalOverflow(frame: Frame): Promise<number> {
  return frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe("the task pane at 320 px", () => {
  it.each(["en-US", "de-DE"])(
    "has no horizontal scroll in %s, before and after Move to Bcc",
    async (language) => {
      const frame = await narrowPane(language);
      expect(await frame.evaluate(() => document.documentElement.clientWidth)).toBe(320);
      expect(await horizontalOverflow(frame)).toBe(0);

      await frame.getByRole("button", { name: /bcc/i }).first().click();
      await frame.getByRole("status").filter({ hasText: /46/ }).first().waitFor();
      expect(await horizontalOverflow(frame)).toBe(0);
      expect(session.errors).toEqual([]);
    },
    90_000,
  );
});
