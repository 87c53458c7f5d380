import type { Frame, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import { PRESETS } from "../../src/simulator/outlook/presets.ts";

import { startSimulator } from "./simulatorFixture.ts";
import type { SimulatorHarness, SimulatorPage } from "./simulatorFixture.ts";

let harness: SimulatorHarness;
let session: SimulatorPage | undefined;

beforeAll(async () => {
  harness = await startSimulator();
}, 180_000);

afterEach(async () => {
  expect(session?.errors ?? []).toEqual([]);
  await session?.close();
  session = undefined;
});

afterAll(async () => {
  await harness?.close();
});

const customers = PRESETS.find((preset) => preset.id === "feedback-300")?.compose.to ?? [];

async function open(options: Parameters<SimulatorHarness["open"]>[0] = {}): Promise<Page> {
  session = await harness.open(options);
  return session.page;
}

function paneFrame(page: Page): Frame {
  const frame = page.frames().find((candidate) => candidate.url().endsWith("/taskpane.html"));
  if (!frame) throw new Error("The task pane is not open.");
  return frame;
}

/** The pane's background, which its Fluent theme sets: light, dark or high contrast. */
async function paneBackground(page: Page): Promise<string> {
  return paneFrame(page).evaluate(() => {
    const root = document.querySelector(".fui-FluentProvider");
    return root ? getComputedStyle(root).backgroundColor : "";
  });
}

describe("the simulator page in a narrow window", () => {
  it.each([1024, 800])("at %i px nothing scrolls sideways and From is whole, with the pane open", async (width) => {
    const page = await open({ viewport: { width, height: 760 } });
    await page.getByRole("button", { name: "300 customers in To" }).click();
    await page.evaluate(() => window.simulator.openTaskPane());
    const layout = await page.evaluate(() => {
      const compose = document.querySelector(".compose")?.getBoundingClientRect();
      const from = document.querySelector(".compose-row select")?.getBoundingClientRect();
      return {
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        composeWidth: compose?.width ?? 0,
        fromInside: !!compose && !!from && from.left >= compose.left && from.right <= compose.right,
      };
    });
    expect(layout.overflow).toBe(0);
    expect(layout.fromInside).toBe(true);
    // The pane overlays the settings rather than squeezing the message (it left 404 px at 1024 and 180 at 800).
    expect(layout.composeWidth).toBeGreaterThanOrEqual(440);
    await expect.poll(() => paneFrame(page).getByRole("button", { name: "Move to Bcc" }).isVisible()).toBe(true);
  });
});

describe("the theme setting", () => {
  it("reaches the pane through Microsoft's Office.js, whether set before or after the pane opens", async () => {
    const page = await open();
    await page.evaluate(() => window.simulator.setTheme("dark"));
    await page.evaluate(() => window.simulator.openTaskPane());
    await expect.poll(() => paneBackground(page), { timeout: 10_000 }).toBe("rgb(41, 41, 41)");
    // Outlook's own window follows its theme too.
    expect(
      await page.evaluate(() => getComputedStyle(document.querySelector(".compose") ?? document.body).backgroundColor),
    ).toBe("rgb(41, 41, 41)");

    await page.getByLabel("Outlook theme").selectOption("highContrast");
    await expect.poll(() => paneBackground(page), { timeout: 10_000 }).toBe("rgb(0, 0, 0)");
    await page.evaluate(() => window.simulator.setTheme("light"));
    await expect.poll(() => paneBackground(page), { timeout: 10_000 }).toBe("rgb(255, 255, 255)");
  });

  it("reaches the pane on the fake Office.js too", async () => {
    const page = await open({ office: "fake" });
    await page.evaluate(() => window.simulator.setTheme("dark"));
    await page.evaluate(() => window.simulator.openTaskPane());
    await expect.poll(() => paneBackground(page), { timeout: 10_000 }).toBe("rgb(41, 41, 41)");
  });
});

describe("changing what the page shows", () => {
  it("a language change raises the notice again in the new language", async () => {
    const page = await open();
    await page.evaluate((to) => window.simulator.setRecipients({ to }), customers);
    await page.evaluate(() => window.simulator.whenIdle());
    const notice = async () =>
      (await page.evaluate(() => window.simulator.infobars())).find((bar) => bar.type === "insightMessage")?.message;
    expect(await notice()).toMatch(/people outside/);

    await page.getByLabel("Display language").selectOption("de-DE");
    await expect.poll(notice, { timeout: 20_000 }).toMatch(/Personen/);
  });

  it("a new message after Send or Discard drops the last preset's caption and result", async () => {
    const page = await open();
    const caption = page.locator(".compose-note");
    await page.getByRole("button", { name: "60 colleagues" }).click();
    await expect.poll(() => caption.textContent()).toMatch(/With the default policy/);

    await page.getByRole("button", { name: "Send", exact: true }).click();
    await expect.poll(() => page.locator(".compose-status").textContent()).toMatch(/^Sent /);
    expect(await caption.count()).toBe(0);

    await page.getByRole("button", { name: "Discard" }).click();
    await expect.poll(() => page.locator(".compose-status").textContent()).toBe("");
  });

  it("a one-shot fault that fired stays listed as fired", async () => {
    const page = await open();
    await page.evaluate(() => window.simulator.injectFault({ method: "to.getAsync", call: 1, kind: "fail" }));
    await expect.poll(() => page.getByRole("list", { name: "Faults waiting" }).isVisible()).toBe(true);
    await page.evaluate(() => window.simulator.setRecipients({ to: ["ann@gmail.com"] }));
    await page.evaluate(() => window.simulator.openTaskPane());
    await expect
      .poll(() => page.getByRole("list", { name: "Faults fired" }).textContent(), { timeout: 10_000 })
      .toMatch(/to\.getAsync: fail, call 1: fired/);
    expect(await page.getByRole("list", { name: "Faults waiting" }).count()).toBe(0);
  });
});

describe("keyboard focus between Outlook and the pane (Microsoft's Office.js)", () => {
  it("Tab past the pane's last control and Shift+Tab before its first give the focus back to Outlook", async () => {
    const page = await open();
    await page.evaluate((to) => window.simulator.setRecipients({ to }), customers);
    await page.evaluate(() => window.simulator.openTaskPane());
    const pane = paneFrame(page);
    const move = pane.getByRole("button", { name: "Move to Bcc" });
    await expect.poll(() => move.isVisible(), { timeout: 10_000 }).toBe(true);

    const outside = () =>
      page.evaluate(() => {
        const active = document.activeElement;
        return active && active.tagName !== "IFRAME" && active !== document.body
          ? (active.closest("aside")?.getAttribute("aria-label") ?? "") + " " + (active.textContent ?? "")
          : null;
      });

    await move.focus();
    let left: string | null = null;
    for (let presses = 0; presses < 30 && left === null; presses++) {
      await page.keyboard.press("Tab");
      left = await outside();
    }
    // The next stop after the pane on the page: the simulator's settings.
    expect(left).toMatch(/^Simulator /);

    const first = await pane.evaluate(() => {
      const tabbable = document.querySelector<HTMLElement>("button, a[href], input, select, textarea, summary");
      tabbable?.focus();
      return tabbable?.textContent ?? "";
    });
    expect(first).not.toBe("");
    await page.keyboard.press("Shift+Tab");
    await expect.poll(outside).toMatch(/task pane Close$/);
  });
});
