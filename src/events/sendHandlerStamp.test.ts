import { afterEach, describe, expect, it, vi } from "vitest";

import { parseStamp, policyFingerprint } from "../engine/index.ts";
import type { Policy } from "../engine/index.ts";
import { createHeaderWriter } from "../office/internetHeaders.ts";
import type { OutlookHostOptions } from "../simulator/host/index.ts";
import { people } from "../../test/support/recipients.ts";
import { createTestOutlook } from "../../test/support/testOutlook.ts";
import { contosoPolicy } from "../../test/support/contoso.ts";

import { handleMessageSend } from "./sendHandler.ts";
import type { SendHandlerDeps } from "./sendHandler.ts";

// The send handler in each mode, with the stamp it leaves on the message (X-BCC-Guard) and the compose type.

const policy: Policy = contosoPolicy();
const customers = (n: number) =>
  people(n, (i) => ["gmail.com", "hotmail.co.uk", "orange.net"][i % 3] ?? "", "customer");
const partners = (n: number) => people(n, (i) => `partner${i}.example`, "partner");

/**
 * Presses Send once. `completed` records the options and the stamp as it stood at that moment: Outlook sends
 * the message as it is when the event completes, so only a stamp written by then travels.
 */
async function send(
  options: OutlookHostOptions,
  p: Policy = policy,
  change: (deps: SendHandlerDeps) => SendHandlerDeps = (deps) => deps,
  outlook = createTestOutlook(options),
) {
  const calls: { options: Record<string, unknown> | undefined; stamp: string | undefined }[] = [];
  const event = {
    completed: (opts?: Record<string, unknown>) =>
      calls.push({ options: opts, stamp: outlook.host.getSnapshot().internetHeaders["X-BCC-Guard"] }),
  };
  const { item, client, headers, composeType } = outlook;
  const run = handleMessageSend(event, change({ item, policy: p, client, headers, composeType }));
  return { outlook, calls, run };
}

async function sendNow(options: OutlookHostOptions, p: Policy = policy) {
  const sent = await send(options, p);
  await sent.run;
  expect(sent.calls).toHaveLength(1);
  const [call] = sent.calls;
  const parsed = call?.stamp === undefined ? undefined : parseStamp(call.stamp);
  return { ...sent, options: call?.options ?? {}, stamp: parsed?.ok ? parsed.stamp : undefined, raw: call?.stamp };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("the verdict stamp at Send", () => {
  it("stamps a message it lets go, before completing", async () => {
    const { options, stamp, raw } = await sendNow({ to: partners(2), cc: people(3, "contoso.com") });
    expect(options).toEqual({ allowEvent: true });
    expect(raw).toBe(
      `v=1; action=allow; mode=enforce; checked=send; compose=new; visible=5; external=2; parties=2; groups=0; sensitive=no; policy=${policyFingerprint(policy)}`,
    );
    expect(stamp?.action).toBe("allow");
  });

  it("stamps a warning, so a sent message stamped warn shows that Send Anyway was used", async () => {
    const { options, stamp } = await sendNow({ to: partners(6) });
    expect(options).toMatchObject({ allowEvent: false, sendModeOverride: "promptUser" });
    expect(stamp).toMatchObject({ action: "warn", mode: "enforce", visible: 6, external: 6, parties: 6 });
  });

  it("does not stamp a block in enforce mode, and stamps the next Send after the list moved to Bcc", async () => {
    const first = await sendNow({ to: customers(30) });
    expect(first.options).toMatchObject({ allowEvent: false });
    expect(first.options).not.toHaveProperty("sendModeOverride");
    expect(first.raw).toBeUndefined();

    first.outlook.host.loadCompose({ to: ["agent@contoso.com"], bcc: customers(30) });
    const again = await send({}, policy, (deps) => deps, first.outlook);
    await again.run;
    expect(again.calls[0]?.options).toEqual({ allowEvent: true });
    expect(parseStamp(again.calls[0]?.stamp ?? "")).toMatchObject({ ok: true, stamp: { action: "allow", visible: 1 } });
  });

  it("rewrites an earlier stamp rather than adding a second one", async () => {
    const first = await sendNow({ to: partners(6) });
    first.outlook.host.userSetRecipients("to", partners(2));
    const again = await send({}, policy, (deps) => deps, first.outlook);
    await again.run;
    expect(Object.keys(first.outlook.host.getSnapshot().internetHeaders)).toEqual(["X-BCC-Guard"]);
    expect(again.calls[0]?.stamp).toContain("action=allow");
  });

  it("warn-only stamps the warning it gave instead of a block", async () => {
    const { options, stamp } = await sendNow({ to: customers(30) }, { ...policy, mode: "warn-only" });
    expect(options).toMatchObject({ sendModeOverride: "promptUser" });
    expect(stamp).toMatchObject({ action: "warn", mode: "warn-only" });
  });

  it.each([
    ["allow", true],
    ["warn", true],
    ["block", false],
  ] as const)(
    "stamps action=error when the recipients cannot be read and onError is %s: %s",
    async (onError, stamped) => {
      const outlook = createTestOutlook({ to: customers(30) });
      outlook.host.injectFault({ method: "cc.getAsync", kind: "fail" });
      const { calls, run } = await send({}, { ...policy, onError }, (deps) => deps, outlook);
      await run;
      expect(calls).toHaveLength(1);
      if (stamped)
        expect(calls[0]?.stamp).toMatch(/^v=1; action=error; mode=enforce; checked=send; compose=unknown; visible=0;/);
      else expect(calls[0]?.stamp).toBeUndefined();
    },
  );

  it("still decides when writing the stamp fails", async () => {
    const outlook = createTestOutlook({ to: partners(6) });
    outlook.host.injectFault({ method: "internetHeaders.setAsync", kind: "fail", error: "InternalServerError" });
    const { calls, run } = await send({}, policy, (deps) => deps, outlook);
    await run;
    expect(calls).toEqual([{ options: expect.objectContaining({ sendModeOverride: "promptUser" }), stamp: undefined }]);
  });

  it("still decides where the client has no internet headers, without calling anything", async () => {
    const outlook = createTestOutlook({ to: partners(2) });
    const noHeaders = { context: { mailbox: { item: {} } } } as unknown as typeof Office;
    const { calls, run } = await send(
      {},
      policy,
      (deps) => ({ ...deps, headers: createHeaderWriter(noHeaders) }),
      outlook,
    );
    await run;
    expect(calls).toEqual([{ options: { allowEvent: true }, stamp: undefined }]);
  });

  it("completes with its decision by the deadline when the stamp never answers, and only once", async () => {
    vi.useFakeTimers();
    const outlook = createTestOutlook({ to: partners(6) }, 60_000);
    outlook.host.injectFault({ method: "internetHeaders.setAsync", kind: "hang" });
    const { calls, run } = await send({}, policy, (deps) => deps, outlook);
    await vi.advanceTimersByTimeAsync(2999);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    // The warning, not policy.onError: the decision was made, only its record was late.
    expect(calls).toEqual([{ options: expect.objectContaining({ sendModeOverride: "promptUser" }), stamp: undefined }]);
    expect(String(calls[0]?.options?.errorMessage)).toContain("6");
    await vi.advanceTimersByTimeAsync(120_000);
    await run;
    expect(calls).toHaveLength(1);
  });

  it("shares the deadline with slow reads: the stamp gets what is left, and a late allow still goes", async () => {
    vi.useFakeTimers();
    const outlook = createTestOutlook({ to: partners(2) }, 60_000);
    outlook.host.setLatency(400);
    outlook.host.setLatency(5000, "internetHeaders.setAsync");
    const { calls } = await send({}, policy, (deps) => deps, outlook);
    await vi.advanceTimersByTimeAsync(3000);
    expect(calls).toEqual([{ options: { allowEvent: true }, stamp: undefined }]);
  });
});

describe("monitor mode", () => {
  const monitor: Policy = { ...policy, mode: "monitor" };

  it.each([
    ["a normal thread", { to: partners(2) }, "allow"],
    ["a warning", { to: partners(6) }, "warn"],
    ["300 customers in To", { to: customers(300) }, "block"],
  ] as const)("lets %s go without a dialog and stamps what enforce would have done", async (_, options, action) => {
    const { options: completed, stamp } = await sendNow(options, monitor);
    expect(completed).toEqual({ allowEvent: true });
    expect(stamp).toMatchObject({ action, mode: "monitor", checked: "send" });
    expect(stamp?.policy).toBe(policyFingerprint(monitor));
  });

  it("lets the message go when the recipients cannot be read, whatever onError says", async () => {
    const outlook = createTestOutlook({ to: customers(30) });
    outlook.host.injectFault({ method: "to.getAsync", kind: "fail" });
    const { calls, run } = await send({}, { ...monitor, onError: "block" }, (deps) => deps, outlook);
    await run;
    expect(calls).toEqual([
      { options: { allowEvent: true }, stamp: expect.stringContaining("action=error; mode=monitor") },
    ]);
  });

  it("lets the message go by the deadline when a read hangs", async () => {
    vi.useFakeTimers();
    const outlook = createTestOutlook({ to: customers(30) }, 60_000);
    outlook.host.injectFault({ method: "bcc.getAsync", kind: "hang" });
    const { calls } = await send({}, monitor, (deps) => deps, outlook);
    await vi.advanceTimersByTimeAsync(3000);
    expect(calls).toEqual([{ options: { allowEvent: true }, stamp: undefined }]);
  });
});

describe("replies and forwards", () => {
  it("tells the sender that a reply-all sends everyone's addresses again, and stamps it a reply", async () => {
    const warnOnly: Policy = { ...policy, mode: "warn-only" };
    const { options, stamp } = await sendNow({ composeType: "reply", to: customers(1), cc: customers(416) }, warnOnly);
    expect(String(options.errorMessage)).toContain("This reply-all sends all their addresses out again");
    expect(String(options.errorMessage)).toContain("reply to the sender only");
    // Office.js cannot tell reply from reply-all, so the stamp says only what the client said.
    expect(stamp).toMatchObject({ action: "warn", mode: "warn-only", compose: "reply" });
  });

  it("says a forward spreads the list further", async () => {
    const { options, stamp } = await sendNow({ composeType: "forward", to: partners(6) });
    expect(String(options.errorMessage)).toContain("spreads all their addresses further");
    expect(stamp?.compose).toBe("forward");
  });

  it("speaks of neither for a new message, and reads the compose type after the recipients", async () => {
    const { options, outlook } = await sendNow({ to: customers(30) });
    expect(String(options.errorMessage)).not.toMatch(/reply|forward/i);
    const methods = outlook.host.calls.map((call) => call.method);
    expect(methods.indexOf("getComposeTypeAsync")).toBeGreaterThan(methods.lastIndexOf("bcc.getAsync"));
  });

  it("stamps compose=unknown when the compose type cannot be read", async () => {
    const outlook = createTestOutlook({ composeType: "reply", to: customers(30) });
    outlook.host.injectFault({ method: "getComposeTypeAsync", kind: "fail" });
    const { calls, run } = await send({}, { ...policy, mode: "warn-only" }, (deps) => deps, outlook);
    await run;
    expect(calls[0]?.stamp).toContain("compose=unknown");
    expect(String(calls[0]?.options?.errorMessage)).not.toContain("reply-all");
  });
});
