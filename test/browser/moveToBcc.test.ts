import { describe, expect, it } from "vitest";

import type { ApiRecipients } from "../../src/simulator/outlook/automationApi.ts";
import { PRESETS } from "../../src/simulator/outlook/presets.ts";

import { useSimulatorSession } from "./simulatorSession.ts";

const session = useSimulatorSession();

const SENDER = "agent@contoso.com";

function preset(id: string) {
  const found = PRESETS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no preset ${id}`);
  return found.compose;
}

type RecipientList = readonly { emailAddress: string; displayName: string }[];

async function load(fields: { to?: RecipientList; cc?: RecipientList; bcc?: RecipientList }) {
  await session.page.evaluate((recipients) => window.simulator.setRecipients(recipients), fields);
  await session.page.evaluate(() => window.simulator.whenIdle());
}

const recipients = () => session.page.evaluate(() => window.simulator.getRecipients());
const addresses = (list: readonly { emailAddress: string }[]) => list.map((r) => r.emailAddress).sort();
const everyone = (message: ApiRecipients) => [...message.to, ...message.cc, ...message.bcc];
const paneFrame = () => session.page.frameLocator('iframe[title="BCC Guard"]');

describe("moving to Bcc from the simulator", () => {
  it("blocked: the dialog's Move to Bcc (function command, Mailbox 1.15) puts everyone in Bcc, and it sends", async () => {
    const customers = preset("feedback-300").to;
    await load({ to: customers });
    const outcome = await session.page.evaluate(() => window.simulator.send());
    expect(outcome.dialog?.buttons).toEqual(["Move to Bcc", "Don't Send"]);

    await session.page.getByRole("alertdialog").getByRole("button", { name: "Move to Bcc" }).click();
    await expect.poll(async () => (await recipients()).bcc.length, { timeout: 30_000 }).toBe(300);
    await session.page.evaluate(() => window.simulator.whenIdle());
    const moved = await recipients();
    expect(addresses(moved.bcc)).toEqual(addresses(customers));
    expect(addresses(moved.to)).toEqual([SENDER]);
    expect(moved.cc).toEqual([]);

    expect(await session.page.evaluate(() => window.simulator.send())).toEqual({ sent: true });
    const [sent] = await session.page.evaluate(() => window.simulator.sentMessages());
    expect(addresses(sent ? everyone(sent) : [])).toEqual(addresses([...customers, { emailAddress: SENDER }]));
  });

  it("blocked on Mailbox 1.14: the dialog's button opens the task pane, whose Move to Bcc moves everyone", async () => {
    const { to, cc } = preset("apology-416");
    await session.page.evaluate(() => window.simulator.setRequirementSet("1.14"));
    await load({ to, cc });
    const outcome = await session.page.evaluate(() => window.simulator.send());
    expect(outcome.dialog?.buttons).toEqual(["Move to Bcc", "Don't Send"]);

    await session.page.evaluate(() => window.simulator.clickDialogButton("Move to Bcc"));
    const pane = paneFrame();
    await pane.getByText(/Opened from the send alert/).waitFor();
    await pane.getByRole("button", { name: "Move to Bcc" }).click();
    await expect.poll(async () => (await recipients()).cc.length, { timeout: 30_000 }).toBe(0);
    const moved = await recipients();
    expect(addresses(moved.bcc)).toEqual(addresses(cc));
    expect(addresses(moved.to)).toEqual(addresses(to));

    await session.page.evaluate(() => window.simulator.whenIdle());
    expect(await session.page.evaluate(() => window.simulator.send())).toEqual({ sent: true });
    const [sent] = await session.page.evaluate(() => window.simulator.sentMessages());
    expect(addresses(sent ? everyone(sent) : [])).toEqual(addresses([...to, ...cc]));
  });

  it("warning: Send Anyway sends the message as it is", async () => {
    const patients = preset("patients-15");
    await load({ to: patients.to });
    await session.page.evaluate((subject) => window.simulator.setSubject(subject), patients.subject);
    const outcome = await session.page.evaluate(() => window.simulator.send());
    expect(outcome.dialog?.buttons).toEqual(["Move to Bcc", "Send Anyway", "Don't Send"]);

    await session.page.evaluate(() => window.simulator.clickDialogButton("Send Anyway"));
    const sent = await session.page.evaluate(() => window.simulator.sentMessages());
    expect(sent).toEqual([
      {
        to: patients.to,
        cc: [],
        bcc: [],
        subject: patients.subject,
        client: "desktop",
        composeType: "newMail",
        // The stamp written before the alert: a sent action=warn is how Exchange tells Send Anyway was used.
        internetHeaders: { "X-BCC-Guard": expect.stringMatching(/^v=1; action=warn; mode=enforce; checked=send;/) },
      },
    ]);
  });

  it("Undo in the task pane restores To, Cc and Bcc exactly", async () => {
    const customers = preset("feedback-300").to;
    const original = {
      to: [...customers.slice(0, 150), { emailAddress: "dana@contoso.com", displayName: "Dana Scott" }],
      cc: customers.slice(150, 280),
      bcc: [...customers.slice(280), { emailAddress: "archive@contoso.com", displayName: "Archive" }],
    };
    await load(original);
    await session.page.evaluate(() => window.simulator.runMoveToBcc());
    const moved = await recipients();
    expect(moved.cc).toEqual([]);
    expect(addresses(moved.to)).toEqual(["dana@contoso.com"]);

    await session.page.evaluate(() => window.simulator.openTaskPane());
    await paneFrame().getByRole("button", { name: "Undo" }).click();
    await expect.poll(recipients, { timeout: 30_000 }).toEqual(original);
  });

  it.each([
    ["the second write to Bcc", "bcc.addAsync" as const, 2],
    ["the rewrite of To", "to.setAsync" as const, 1],
  ])("a failure at %s loses nobody", async (_, method, call) => {
    const { to, cc } = preset("apology-416");
    const original = [...to, ...cc];
    await load({ to, cc });
    await session.page.evaluate((fault) => window.simulator.injectFault(fault), {
      method,
      call,
      kind: "fail" as const,
    });
    await session.page.evaluate(() => window.simulator.runMoveToBcc());

    const after = await recipients();
    const present = new Set(addresses(everyone(after)));
    expect(original.filter((r) => !present.has(r.emailAddress))).toEqual([]);
    const infobars = await session.page.evaluate(() => window.simulator.infobars());
    expect(infobars.some((infobar) => infobar.type === "informationalMessage")).toBe(true);
  });

  it.each([
    ["to.addAsync #1, then the put-back to.setAsync #2", { method: "to.setAsync" as const, call: 2 }],
    ["to.addAsync #1, then the put-back to.addAsync #2", { method: "to.addAsync" as const, call: 2 }],
  ])(
    "two faults on Microsoft's Office.js (%s): nobody lost, a truthful notice, and a retry finishes",
    async (_, second) => {
      const person = (prefix: string, i: number, domain: string) => ({
        emailAddress: `${prefix}${i}@${domain}`,
        displayName: `${prefix} ${i}`,
      });
      const colleagues = Array.from({ length: 150 }, (_, i) => person("colleague", i, "contoso.com"));
      const to = [
        ...colleagues,
        ...Array.from({ length: 250 }, (_, i) => person("buyer", i, `client${i % 40}.example`)),
      ];
      const cc = Array.from({ length: 125 }, (_, i) => person("shopper", i, `shop${i % 30}.example`));
      const bcc = Array.from({ length: 10 }, (_, i) => person("archive", i, "archive.example"));
      await load({ to, cc, bcc });
      await session.page.evaluate((fault) => window.simulator.injectFault(fault), {
        method: "to.addAsync" as const,
        call: 1,
        kind: "fail" as const,
      });
      await session.page.evaluate((fault) => window.simulator.injectFault(fault), {
        ...second,
        kind: "fail" as const,
      });
      await session.page.evaluate(() => window.simulator.runMoveToBcc());

      const present = new Set(addresses(everyone(await recipients())));
      expect([...to, ...cc, ...bcc].filter((r) => !present.has(r.emailAddress))).toEqual([]);
      const infobars = await session.page.evaluate(() => window.simulator.infobars());
      const notice = infobars.find((infobar) => infobar.type === "informationalMessage")?.message ?? "";
      expect(notice).toContain("Nobody was removed");

      await session.page.evaluate(() => window.simulator.runMoveToBcc());
      const after = await recipients();
      expect(addresses(after.to)).toEqual(addresses(colleagues));
      expect(after.cc).toEqual([]);
      expect(new Set(addresses(everyone(after))).size).toBe(535);
    },
  );

  it("the infobar appears as outside people are typed into To, opens the pane, and goes once they leave", async () => {
    const customers = preset("feedback-300").to.slice(0, 25);
    const to = session.page.getByLabel("To", { exact: true });
    await to.fill(customers.map((r) => `${r.displayName} <${r.emailAddress}>`).join("; "));
    await to.blur();
    await session.page.evaluate(() => window.simulator.whenIdle());
    const [infobar] = await session.page.evaluate(() => window.simulator.infobars());
    expect(infobar?.type).toBe("insightMessage");
    const bar = session.page.locator(`[data-infobar-key="${infobar?.key}"]`);
    await bar.getByText(infobar?.message ?? "").waitFor();

    await bar.getByRole("button", { name: /review/i }).click();
    await paneFrame()
      .getByText(/Opened from the BCC Guard notice/)
      .waitFor();

    await load({ to: [{ emailAddress: "dana@contoso.com", displayName: "Dana Scott" }] });
    expect(await session.page.evaluate(() => window.simulator.infobars())).toEqual([]);
    await bar.waitFor({ state: "detached" });
  });
});
