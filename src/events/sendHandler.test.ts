import { afterEach, describe, expect, it, vi } from "vitest";

import type { Policy } from "../engine/index.ts";
import { people } from "../../test/support/recipients.ts";
import { createTestOutlook, recordingEvent } from "../../test/support/testOutlook.ts";
import { contosoPolicy } from "../../test/support/contoso.ts";

import { handleMessageSend } from "./sendHandler.ts";

const policy: Policy = contosoPolicy();
const customers = (n: number) =>
  people(n, (i) => ["gmail.com", "hotmail.co.uk", "orange.net", "btinternet.com"][i % 4] ?? "", "customer");
const partners = (n: number) => people(n, (i) => `partner${i}.example`, "partner");

async function send(options: Parameters<typeof createTestOutlook>[0], p: Policy = policy) {
  const outlook = createTestOutlook(options);
  const { calls, event } = recordingEvent();
  const { item, client, headers, composeType } = outlook;
  await handleMessageSend(event, { item, policy: p, client, headers, composeType });
  return { ...outlook, calls, options: calls[0] as Record<string, unknown> };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("the send handler", () => {
  it("lets a normal thread with two partner companies go", async () => {
    const { calls } = await send({ to: partners(2), cc: people(3, "contoso.com") });
    expect(calls).toEqual([{ allowEvent: true }]);
  });

  it("warns from 5 outside parties, offering Send Anyway and Move to Bcc", async () => {
    const { calls, options } = await send({ to: partners(6) });
    expect(calls).toHaveLength(1);
    expect(options).toMatchObject({
      allowEvent: false,
      sendModeOverride: "promptUser",
      cancelLabel: "Move to Bcc",
      commandId: "moveToBccButton",
    });
    expect(String(options.errorMessage)).toContain("6");
    expect(JSON.parse(String(options.contextData))).toMatchObject({
      action: "warn",
      counts: { parties: 6, visible: 6 },
    });
  });

  it("blocks 300 customers in To without Send Anyway, with both texts within 500 characters", async () => {
    const { options } = await send({ to: customers(300) });
    expect(options.allowEvent).toBe(false);
    expect(options).not.toHaveProperty("sendModeOverride");
    expect(String(options.errorMessage).length).toBeLessThanOrEqual(500);
    expect(String(options.errorMessageMarkdown).length).toBeLessThanOrEqual(500);
    expect(String(options.errorMessage)).toContain("300");
    expect(String(options.cancelLabel).length).toBeLessThanOrEqual(20);
  });

  it("names Contoso in the alert", async () => {
    const { options } = await send({ to: customers(30) });
    expect(String(options.errorMessage)).toContain("Contoso");
  });

  it("sends the alert's button to the task pane where Mailbox 1.15 is missing", async () => {
    const { options } = await send({ to: customers(30), requirementSet: "1.14" });
    expect(options.commandId).toBe("openPaneButton");
  });

  it("speaks the user's language", async () => {
    const { options } = await send({ to: customers(30), displayLanguage: "fr-FR" });
    expect(options.cancelLabel).toBe("Déplacer en Cci");
  });

  it("reads To, Cc and Bcc at once, and the subject and body only when the policy has keywords", async () => {
    const quiet = await send({ to: partners(2), latencyMs: 5 });
    expect(quiet.host.peakPendingCalls).toBe(3);
    expect(quiet.host.callCount("subject.getAsync") + quiet.host.callCount("body.getAsync")).toBe(0);

    const health: Policy = { ...policy, sensitive: { keywords: ["HIV"], warnAt: 2, blockAt: 2 } };
    const sensitive = await send({ to: customers(2), subject: "Your HIV clinic appointment" }, health);
    expect(sensitive.host.callCount("subject.getAsync")).toBe(1);
    expect(sensitive.options).toMatchObject({ allowEvent: false });
    expect(sensitive.options).not.toHaveProperty("sendModeOverride");
  });

  it.each([
    ["warn", { allowEvent: false, sendModeOverride: "promptUser" }],
    ["block", { allowEvent: false }],
    ["allow", { allowEvent: true }],
  ] as const)("follows onError %s when the recipients cannot be read", async (onError, expected) => {
    const outlook = createTestOutlook({ to: customers(30) });
    outlook.host.injectFault({ method: "cc.getAsync", kind: "fail" });
    const { calls, event } = recordingEvent();
    await handleMessageSend(event, { item: outlook.item, policy: { ...policy, onError }, client: outlook.client });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject(expected);
    if (onError === "block") expect(calls[0]).not.toHaveProperty("sendModeOverride");
  });

  it("completes once, within 3 seconds, when an Office call hangs", async () => {
    vi.useFakeTimers();
    const outlook = createTestOutlook({ to: customers(30) }, 60_000);
    outlook.host.injectFault({ method: "bcc.getAsync", kind: "hang" });
    const { calls, event } = recordingEvent();
    void handleMessageSend(event, { item: outlook.item, policy, client: outlook.client });
    await vi.advanceTimersByTimeAsync(2999);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toEqual([expect.objectContaining({ allowEvent: false, sendModeOverride: "promptUser" })]);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(calls).toHaveLength(1);
  });

  it("follows onError when Office.js throws synchronously", async () => {
    const outlook = createTestOutlook({ to: customers(30) });
    const item = {
      ...outlook.item,
      getRecipients: () => {
        throw new Error("item is undefined");
      },
    };
    const { calls, event } = recordingEvent();
    await handleMessageSend(event, { item, policy: { ...policy, onError: "block" }, client: outlook.client });
    expect(calls).toEqual([expect.objectContaining({ allowEvent: false })]);
  });

  it("never lets a display name become a link or formatting in the alert", async () => {
    const hostile = [
      { emailAddress: "a@evil.example", displayName: "[click me](https://evil.example/steal)" },
      { emailAddress: "b@evil2.example", displayName: "**URGENT** <img src=x onerror=alert(1)>" },
      { emailAddress: "c@evil3.example", displayName: "\u202Egnp.exe" },
    ];
    const { options } = await send({ to: [...hostile, ...customers(30)] });
    const markdown = String(options.errorMessageMarkdown);
    expect(markdown).not.toMatch(/(^|[^\\])\[[^\]]*(^|[^\\])\]\(/);
    expect(markdown).not.toMatch(/(^|[^\\])\*\*URGENT/);
    expect(markdown + String(options.errorMessage)).not.toContain("\u202E");
    expect(String(options.errorMessage)).not.toContain("](");
  });
});
