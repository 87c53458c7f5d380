import type { Frame } from "playwright-core";
import { describe, expect, it } from "vitest";

import { useSimulatorSession } from "./simulatorSession.ts";

// Outlook's narrowest pane is 320 px; at 200 % zoom the same pane is 160 CSS px wide. Text must wrap between
// words there; a word may only be split when it cannot fit on a line at all (or at a hyphenation point, where
// the browser has the language's dictionary), while addresses and domains, which have no words, may break
// anywhere.

const session = useSimulatorSession({ eachTest: false });

const recipients = [
  ...Array.from({ length: 24 }, (_, i) => `Kundin Mit Einem Recht Langen Namen ${i} <kundin.${i}@gmail.com>`),
  ...Array.from({ length: 3 }, (_, i) => `p${i}@an-exceptionally-long-partner-domain-name-${i}.example`),
];

/** The pane for `recipients` in `language`, `width` CSS px wide; after a failed move when `failed`. */
async function paneAt(language: string, width: number, failed = false): Promise<Frame> {
  await session.page.evaluate(() => window.simulator.reset());
  await session.page.evaluate((lang) => window.simulator.setLanguage(lang), language);
  await session.page.evaluate((to) => window.simulator.setRecipients({ to }), recipients);
  await session.page.evaluate(() => window.simulator.openTaskPane());
  const frameElement = session.page.locator('iframe[title="BCC Guard"]');
  await frameElement.evaluate((el: HTMLIFrameElement, px) => {
    el.style.width = `${px}px`;
    el.style.minWidth = `${px}px`;
    el.style.maxWidth = `${px}px`;
  }, width);
  const frame = await (await frameElement.elementHandle())?.contentFrame();
  if (!frame) throw new Error("no task pane frame");
  await frame.locator("main h2").first().waitFor();
  // Open the first two groups, so that people and addresses are laid out too.
  for (const group of (await frame.locator("button[aria-expanded]").all()).slice(0, 2)) await group.click();
  if (failed) {
    // A failure's message box has Retry and Undo beside its text: the tightest layout the pane has.
    await session.page.evaluate(() => window.simulator.injectFault({ method: "to.setAsync", kind: "fail" }));
    await frame.locator("main button").first().click();
    await frame.locator('[role="status"] button').nth(1).waitFor({ timeout: 30_000 });
  }
  return frame;
}

/**
 * Words split across two lines although they would fit on one of their box's lines, outside addresses and domains
 * and hyphenation points: "word (n lines)".
 * Measured with Ranges over each word of each text node, so it sees exactly where the browser broke the line.
 */
function needlessSplits(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const found: string[] = [];
    const main = document.querySelector("main") ?? document.body;
    // Splits at a hyphenation point are sensible: look at the layout without them (restored below).
    main.style.hyphens = "manual";
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || getComputedStyle(parent).overflowWrap === "anywhere") continue;
      const box = parent.closest("p, li, h1, h2, button, dd, dt, div") ?? parent;
      const boxStyle = getComputedStyle(box);
      const lineWidth = box.clientWidth - parseFloat(boxStyle.paddingLeft) - parseFloat(boxStyle.paddingRight);
      const text = node.textContent ?? "";
      for (const match of text.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (lines.size < 2) continue;
        const probe = document.createElement("span");
        probe.style.whiteSpace = "nowrap";
        probe.textContent = match[0];
        parent.appendChild(probe);
        const wordWidth = probe.getBoundingClientRect().width;
        probe.remove();
        if (wordWidth <= lineWidth) found.push(`${match[0]} (${lines.size} lines)`);
      }
    }
    main.style.hyphens = "";
    return found;
  });
}

function horizontalOverflow(frame: Frame): Promise<number> {
  return frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe("words in the task pane at 320 px and at 200 % zoom", () => {
  it.each([
    ["en-US", 320, false],
    ["de-DE", 320, false],
    ["en-US", 160, false],
    ["de-DE", 160, false],
    ["fr-FR", 160, false],
    ["de-DE", 320, true],
    ["de-DE", 160, true],
    ["es-ES", 160, true],
  ])(
    "%s at %i CSS px (after a failed move: %s): no needless split word, no sideways scroll",
    async (language, width, failed) => {
      const frame = await paneAt(language, width, failed);
      expect(await frame.evaluate(() => document.documentElement.lang)).toBe(language.slice(0, 2));
      expect(await needlessSplits(frame)).toEqual([]);
      expect(await horizontalOverflow(frame)).toBe(0);
      expect(session.errors).toEqual([]);
    },
    90_000,
  );
});

describe("the split-word check itself", () => {
  it("finds a word split at any letter although it fits on a line, and leaves addresses alone", async () => {
    const frame = await paneAt("de-DE", 320);
    await frame.evaluate(() => {
      const split = document.createElement("p");
      split.style.width = "120px";
      split.style.wordBreak = "break-all";
      split.textContent = "Eine Organisationen";
      const address = document.createElement("p");
      address.style.width = "40px";
      address.style.overflowWrap = "anywhere";
      address.textContent = "kundin.1@gmail.com";
      document.querySelector("main")?.append(split, address);
    });
    expect(await needlessSplits(frame)).toEqual([expect.stringMatching(/^Organisationen \(\d lines\)$/)]);
  }, 90_000);
});
