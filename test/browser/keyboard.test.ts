import type { Frame } from "playwright-core";
import { describe, expect, it } from "vitest";

import { useSimulatorSession } from "./simulatorSession.ts";

// Keyboard only, on Microsoft's Office.js (the fixture's default): in the add-in frame Office.js handles Tab
// itself (it cancels the browser's Tab and moves focus through its own list of Tab stops), so these runs show
// what a keyboard user of Outlook on the web can reach. Every step below is a key press; the mouse is never used.

const session = useSimulatorSession();

const customers = (count: number, domain = "gmail.com") =>
  Array.from({ length: count }, (_, i) => `Customer ${i} <customer.${i}@${domain}>`);

/** Opens the pane for these recipients and tabs into it from Outlook's side, as a keyboard user would. */
async function tabIntoPane(to: string[]): Promise<Frame> {
  await session.page.evaluate((list) => window.simulator.setRecipients({ to: list }), to);
  await session.page.evaluate(() => window.simulator.whenIdle());
  await session.page.evaluate(() => window.simulator.openTaskPane());
  const frame = await (await session.page.locator('iframe[title="BCC Guard"]').elementHandle())?.contentFrame();
  if (!frame) throw new Error("no task pane frame");
  await frame.getByRole("button", { name: "Move to Bcc", description: /^Moves/ }).waitFor();
  // The control before the pane's frame in Outlook's window: the pane header's Close button.
  await session.page
    .getByRole("complementary", { name: "BCC Guard task pane" })
    .getByRole("button", { name: "Close" })
    .focus();
  await session.page.keyboard.press("Tab");
  return frame;
}

/** The focused element in the pane: its role (or tag), accessible name or text, and whether a focus ring shows. */
function focused(frame: Frame) {
  return frame.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { what: "body", ring: false };
    const labelledBy = element.getAttribute("aria-labelledby");
    const name = labelledBy
      ? labelledBy
          .split(" ")
          .map((id) => document.getElementById(id)?.textContent ?? "")
          .join(" ")
      : (element.textContent ?? "");
    return {
      what: `${element.getAttribute("role") ?? element.tagName.toLowerCase()}: ${name.trim()}`,
      ring: element.hasAttribute("data-fui-focus-visible"),
    };
  });
}

/** Presses Tab (or `key`) until the focused element matches, at most `limit` times; returns how it looked then. */
async function tabTo(frame: Frame, what: RegExp, limit = 15, key = "Tab") {
  for (let presses = 0; presses < limit; presses++) {
    await session.page.keyboard.press(key);
    const now = await focused(frame);
    if (what.test(now.what)) return now;
  }
  throw new Error(`Tab never reached ${what}; focus is on ${(await focused(frame)).what}`);
}

const recipients = () => session.page.evaluate(() => window.simulator.getRecipients());

describe("the task pane by keyboard alone, on Microsoft's Office.js", () => {
  it("Tab from Outlook lands on Move to Bcc with a visible focus ring", async () => {
    const frame = await tabIntoPane(customers(30));
    expect(await focused(frame)).toEqual({ what: "button: Move to Bcc", ring: true });
    // The ring is drawn, not just flagged: Fluent's focus indicator changes the button's outline.
    const withRing = await frame.evaluate(() => {
      const button = document.activeElement as HTMLElement;
      const style = (el: HTMLElement) => {
        const after = getComputedStyle(el, "::after");
        return `${getComputedStyle(el).outline}|${after.border}|${after.outline}`;
      };
      const shown = style(button);
      button.removeAttribute("data-fui-focus-visible");
      const hidden = style(button);
      button.setAttribute("data-fui-focus-visible", "");
      return shown !== hidden;
    });
    expect(withRing).toBe(true);
  });

  it("moves with Enter, focuses the result, reaches Undo with Tab, and Undo focuses its result", async () => {
    const frame = await tabIntoPane(customers(120));
    await session.page.keyboard.press("Enter");
    await frame.getByRole("group", { name: "Moved 120 people to Bcc." }).waitFor({ timeout: 30_000 });
    await expect.poll(() => focused(frame)).toEqual({ what: "group: Moved 120 people to Bcc.", ring: true });
    expect((await recipients()).bcc).toHaveLength(120);

    expect(await tabTo(frame, /^button: Undo$/, 1)).toEqual({ what: "button: Undo", ring: true });
    await session.page.keyboard.press("Enter");
    await frame.getByRole("group", { name: "To, Cc and Bcc are back as they were." }).waitFor({ timeout: 30_000 });
    await expect
      .poll(() => focused(frame))
      .toEqual({ what: "group: To, Cc and Bcc are back as they were.", ring: true });
    const back = await recipients();
    expect(back.to).toHaveLength(120);
    expect(back.bcc).toEqual([]);

    // And Tab still moves through the pane from there, both ways (focus was not lost to the session.page).
    expect((await tabTo(frame, /^button: Move to Bcc$/, 1, "Shift+Tab")).what).toBe("button: Move to Bcc");
    expect((await tabTo(frame, /^group: To, Cc and Bcc are back as they were\.$/, 1)).ring).toBe(true);
    expect((await tabTo(frame, /^button: Personal addresses — 120 people$/, 1)).ring).toBe(true);
  });

  it("after a failure focuses the explanation, reaches Retry with Tab, and Retry focuses the result", async () => {
    const frame = await tabIntoPane(customers(250));
    await session.page.evaluate(() => window.simulator.injectFault({ method: "bcc.addAsync", call: 2, kind: "fail" }));
    await session.page.keyboard.press("Enter");
    await frame.getByRole("group", { name: "Move to Bcc didn't finish" }).waitFor({ timeout: 30_000 });
    await expect.poll(async () => (await focused(frame)).what).toBe("group: Move to Bcc didn't finish");
    expect((await recipients()).to).toHaveLength(250);

    expect((await tabTo(frame, /^button: Retry$/, 1)).what).toBe("button: Retry");
    await session.page.keyboard.press("Enter");
    await frame.getByRole("group", { name: "Moved 250 people to Bcc." }).waitFor({ timeout: 30_000 });
    await expect.poll(async () => (await focused(frame)).what).toBe("group: Moved 250 people to Bcc.");
    const moved = await recipients();
    expect(moved.bcc).toHaveLength(250);
    expect(moved.to.map((r) => r.emailAddress)).toEqual(["agent@contoso.com"]);
  });

  it("reaches every organisation group with Tab and opens and closes it with Enter and Space", async () => {
    const frame = await tabIntoPane([...customers(12), ...customers(3, "acme.com"), ...customers(2, "fabrikam.com")]);
    const personal = await tabTo(frame, /^button: Personal addresses — 12 people$/);
    expect(personal.ring).toBe(true);
    expect((await tabTo(frame, /^button: acme\.com — 3 people$/, 1)).what).toBe("button: acme.com — 3 people");
    const acme = frame.getByRole("button", { name: "acme.com — 3 people" });

    await session.page.keyboard.press("Enter");
    expect(await acme.getAttribute("aria-expanded")).toBe("true");
    const panel = frame.locator(`#${CSS_escape(await acme.getAttribute("aria-controls"))}`);
    expect(await panel.getByRole("listitem").allTextContents()).toEqual([
      "Customer 0 customer.0@acme.com",
      "Customer 1 customer.1@acme.com",
      "Customer 2 customer.2@acme.com",
    ]);
    await session.page.keyboard.press("Space");
    expect(await acme.getAttribute("aria-expanded")).toBe("false");
    expect(await frame.getByText("customer.0@acme.com").count()).toBe(0);

    expect((await tabTo(frame, /^button: fabrikam\.com — 2 people$/, 1)).what).toBe("button: fabrikam.com — 2 people");
  });
});

/** An id from useId (":r1:"-style characters) as a CSS selector. */
function CSS_escape(id: string | null): string {
  if (!id) throw new Error("the group names no panel");
  return id.replace(/[^\w-]/g, (char) => `\\${char}`);
}
