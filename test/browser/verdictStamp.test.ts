/*
 * The organisation's view in the browser, on Microsoft's Office.js (the fixture's default): the verdict stamp in
 * the Sent list after Send and after Send Anyway, the reply-all storm's alert, a Reply all from the Sent list,
 * and a monitor-mode build that sends without a dialog.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import { describe, expect, it } from "vitest";

import { parsePolicy } from "../../src/engine/policySchema.ts";
import { PRESETS } from "../../src/simulator/outlook/presets.ts";

import { useSimulatorSession } from "./simulatorSession.ts";
import type { SimulatorSession } from "./simulatorSession.ts";

const STAMP = /^v=1; action=(allow|warn|block|error); mode=(enforce|warn-only|monitor); checked=send; /;

function preset(id: string) {
  const found = PRESETS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no preset ${id}`);
  return found;
}

async function pressPreset(session: SimulatorSession, label: string) {
  await session.page.getByRole("navigation", { name: "Presets" }).getByRole("button", { name: label }).click();
  await session.page.evaluate(() => window.simulator.whenIdle());
}

/** The newest message in the Sent list, as the user sees it. */
const newestSent = (session: SimulatorSession) => session.page.locator(".sent-item").first();

describe("with the default policy", () => {
  const session = useSimulatorSession();

  it("shows the stamp in the Sent list after a plain Send", async () => {
    const { page } = session;
    await pressPreset(session, preset("partners-2").label);
    expect(await page.evaluate(() => window.simulator.send())).toEqual({ sent: true });
    const [sent] = await page.evaluate(() => window.simulator.sentMessages());
    expect(sent?.internetHeaders["X-BCC-Guard"]).toMatch(STAMP);
    expect(sent?.internetHeaders["X-BCC-Guard"]).toContain("action=allow; mode=enforce;");
    await expect
      .poll(() =>
        newestSent(session)
          .getByText(/^X-BCC-Guard:/)
          .count(),
      )
      .toBe(1);
    expect(await newestSent(session).textContent()).toContain("action=allow; mode=enforce; checked=send; compose=new;");
  });

  it("shows action=warn on a message sent with Send Anyway", async () => {
    const { page } = session;
    await pressPreset(session, preset("patients-15").label);
    const outcome = await page.evaluate(() => window.simulator.send());
    expect(outcome.dialog?.buttons).toContain("Send Anyway");
    await page.getByRole("alertdialog", { name: "BCC Guard" }).getByRole("button", { name: "Send Anyway" }).click();
    await expect.poll(() => page.evaluate(() => window.simulator.sentMessages().length)).toBe(1);
    const [sent] = await page.evaluate(() => window.simulator.sentMessages());
    expect(sent?.internetHeaders["X-BCC-Guard"]).toMatch(
      /action=warn; mode=enforce; checked=send; compose=new; visible=15;/,
    );
    expect(await newestSent(session).textContent()).toContain("action=warn");
  });

  it("warns a reply-all storm that it sends 416 customers' addresses out again", async () => {
    const { page } = session;
    await pressPreset(session, preset("reply-all-416").label);
    const outcome = await page.evaluate(() => window.simulator.send());
    expect(outcome.sent).toBe(false);
    const dialog = page.getByRole("alertdialog", { name: "BCC Guard" });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("This reply-all sends all their addresses out again");
    expect(await dialog.textContent()).toContain("reply to the sender only");
    const [bar] = await page.evaluate(() => window.simulator.infobars());
    expect(bar?.message).toContain("Reply-all resends their addresses");
  });

  it("opens Reply all from the Sent list with the same To and Cc, read by the add-in as a reply", async () => {
    const { page } = session;
    // A thread with six partner companies in Cc, sent with Send Anyway, then answered with Reply all.
    await page.evaluate(() =>
      window.simulator.setRecipients({
        to: ["agent@contoso.com"],
        cc: Array.from({ length: 6 }, (_, i) => `p${i}@partner${i}.example`),
        bcc: [],
      }),
    );
    await page.evaluate(() => window.simulator.setSubject("Launch"));
    await page.evaluate(() => window.simulator.send());
    await page.getByRole("alertdialog", { name: "BCC Guard" }).getByRole("button", { name: "Send Anyway" }).click();
    await expect.poll(() => page.evaluate(() => window.simulator.sentMessages().length)).toBe(1);

    await newestSent(session).getByRole("button", { name: "Reply all" }).click();
    await page.evaluate(() => window.simulator.whenIdle());
    const recipients = await page.evaluate(() => window.simulator.getRecipients());
    expect(recipients.cc).toHaveLength(6);
    expect(recipients.bcc).toEqual([]);
    const outcome = await page.evaluate(() => window.simulator.send());
    expect(outcome.dialog?.message).toContain("This reply-all sends all their addresses out again");
    await page.getByRole("alertdialog", { name: "BCC Guard" }).getByRole("button", { name: "Send Anyway" }).click();
    await expect.poll(() => page.evaluate(() => window.simulator.sentMessages().length)).toBe(2);
    const sent = await page.evaluate(() => window.simulator.sentMessages());
    expect(sent[1]).toMatchObject({ subject: "RE: Launch", composeType: "reply" });
    expect(sent[1]?.internetHeaders["X-BCC-Guard"]).toContain(
      "action=warn; mode=enforce; checked=send; compose=reply;",
    );
  });
});

describe("built with policy/examples/monitor-rollout.json", () => {
  const file = resolve(import.meta.dirname, "../..", preset("monitor-250").withPolicy?.file ?? "missing");
  const parsed = parsePolicy(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.ok) throw new Error(`${file} no longer parses`);
  const session = useSimulatorSession({ policy: parsed.policy, setupTimeoutMs: 300_000 });

  it("sends 250 customers in To without a dialog or notice, stamped with the block enforce would have made", async () => {
    const { page } = session;
    await page.evaluate(() => window.simulator.reset());
    await pressPreset(session, preset("monitor-250").label);
    expect(await page.evaluate(() => window.simulator.infobars())).toEqual([]);
    expect(await page.evaluate(() => window.simulator.send())).toEqual({ sent: true });
    expect(await page.getByRole("alertdialog").count()).toBe(0);
    const [sent] = await page.evaluate(() => window.simulator.sentMessages());
    expect(sent?.to).toHaveLength(250);
    expect(sent?.internetHeaders["X-BCC-Guard"]).toMatch(
      /^v=1; action=block; mode=monitor; checked=send; compose=new; visible=250;/,
    );
    expect(await newestSent(session).textContent()).toContain("mode=monitor");
  });
});
