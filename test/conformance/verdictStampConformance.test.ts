/*
 * The verdict stamp and the compose type on both Office.js paths: the hand-written fake, and Microsoft's real
 * Office.js (1.1.110, from node_modules, in jsdom) over the simulated Outlook on the web. First the two calls
 * themselves (what Office.js checks, what the host refuses), then the built events.js writing the stamp, with
 * the write failing, hanging and unsupported; both paths must leave the same outcome.
 */
import vm from "node:vm";

import { beforeAll, describe, expect, it } from "vitest";

import { DEFAULT_POLICY, parseStamp, policyFingerprint } from "../../src/engine/index.ts";
import type { Policy } from "../../src/engine/index.ts";
import type { DispatchResult } from "../../src/simulator/host/actionRegistry.ts";
import { createFakeOffice } from "../../src/simulator/fakeOfficeJs/fakeOffice.ts";
import type { FaultSpec } from "../../src/simulator/host/faultPlan.ts";
import { OutlookHost, type OutlookHostOptions } from "../../src/simulator/host/outlookHost.ts";
import { builtEventsJs } from "../builtEvents.ts";
import { people } from "../support/recipients.ts";

import { openRealOfficeFrame } from "./realOfficeFrame.ts";
import { inBoth, observe, settle } from "./runtimes.ts";

const SUCCEEDED = { status: "succeeded", value: undefined };

describe("internetHeaders.setAsync", () => {
  it("sets a header the host keeps, replacing one of the same name whatever its case", async () => {
    const seen = await inBoth({}, async ({ item, host }) => ({
      first: await observe((done) => item.internetHeaders.setAsync({ "x-bcc-guard": "v=1; action=warn" }, done)),
      second: await observe((done) => item.internetHeaders.setAsync({ "X-BCC-Guard": "v=1; action=allow" }, done)),
      headers: host.getSnapshot().internetHeaders,
    }));
    expect(seen).toEqual({ first: SUCCEEDED, second: SUCCEEDED, headers: { "X-BCC-Guard": "v=1; action=allow" } });
  });

  it("is checked by Office.js before the host: missing, empty, a non-string value, more than 998 characters", async () => {
    const seen = await inBoth({}, async ({ item, host }) => ({
      missing: await observe((done) => item.internetHeaders.setAsync(null as unknown as Record<string, string>, done)),
      empty: await observe((done) => item.internetHeaders.setAsync({}, done)),
      number: await observe((done) =>
        item.internetHeaders.setAsync({ "X-A": 7 } as unknown as Record<string, string>, done),
      ),
      tooLong: await observe((done) => item.internetHeaders.setAsync({ "X-A": "v".repeat(996) }, done)),
      justFits: await observe((done) => item.internetHeaders.setAsync({ "X-A": "v".repeat(995) }, done)),
      calls: host.callCount(),
    }));
    expect(seen).toEqual({
      missing: { threw: "Sys.ArgumentNullException", parameter: "internetHeaders" },
      empty: { threw: "Sys.ArgumentException", parameter: "internetHeaders" },
      number: { threw: "Sys.ArgumentTypeException", parameter: "internetHeaders" },
      // Office.js names the header itself as the parameter.
      tooLong: { threw: "Sys.ArgumentOutOfRangeException", parameter: "X" },
      justFits: SUCCEEDED,
      calls: 1,
    });
  });

  it("fails with 9042, keeping what was there, past Exchange Online's 256 KB of headers per message", async () => {
    const value = "v".repeat(900);
    const seen = await inBoth({}, async ({ item, host }) => {
      const results = [];
      // 290 headers of about 912 bytes each pass 256 KB (262,144 bytes) at the 288th.
      for (let i = 0; i < 290; i++) {
        results.push(await observe((done) => item.internetHeaders.setAsync({ [`X-H${i}`]: value }, done)));
      }
      return {
        succeeded: results.filter((r) => "status" in r && r.status === "succeeded").length,
        firstFailure: results.find((r) => "status" in r && r.status === "failed"),
        kept: Object.keys(host.getSnapshot().internetHeaders).length,
      };
    });
    expect(seen.firstFailure).toEqual({ status: "failed", code: 9042, name: "InternalServerError" });
    expect(seen.succeeded).toBe(seen.kept);
    expect(seen.kept).toBeGreaterThan(280);
    expect(seen.kept).toBeLessThan(290);
  });
});

describe("getComposeTypeAsync", () => {
  it.each(["newMail", "reply", "forward"] as const)("answers %s with the body's coercion type", async (composeType) => {
    const seen = await inBoth({ composeType }, ({ item }) => observe((done) => item.getComposeTypeAsync(done)));
    expect(seen).toEqual({ status: "succeeded", value: { composeType, coercionType: "text" } });
  });
});

// ---- The built events.js writing the stamp ------------------------------------------------------------------

const customers = (count: number) => people(count, "gmail.com", "customer");
const partners = (count: number) => people(count, (i) => `partner${i}.example`, "p");

interface Outcome {
  result: DispatchResult;
  stamp: string | undefined;
}

/** Presses Send in the built bundle on one path and reports the completion and the stamp left at that moment. */
async function sendOn(
  path: "fake" | "real",
  code: string,
  options: OutlookHostOptions,
  fault?: FaultSpec,
): Promise<Outcome> {
  const host = new OutlookHost(options);
  if (fault) host.injectFault(fault);
  let close = () => undefined as void;
  if (path === "fake") {
    const context = vm.createContext({ Office: createFakeOffice(host), setTimeout, clearTimeout });
    new vm.Script(code, { filename: "events.js" }).runInContext(context);
  } else {
    const frame = await openRealOfficeFrame({ host, scripts: [{ path: "events.js", code }] });
    host.useDispatcher(frame.xdm.dispatcher);
    close = () => {
      expect(frame.errors).toEqual([]);
      frame.close();
    };
  }
  try {
    const result = await host.dispatch("onMessageSendHandler", { type: "messageSend" }, { timeoutMs: 10_000 });
    const stamp = host.getSnapshot().internetHeaders["X-BCC-Guard"];
    await settle();
    return { result, stamp };
  } finally {
    close();
  }
}

async function sendOnBoth(code: string, options: OutlookHostOptions, fault?: FaultSpec): Promise<Outcome> {
  const fake = await sendOn("fake", code, options, fault);
  const real = await sendOn("real", code, options, fault);
  expect(real, "Microsoft's Office.js over the simulated host").toEqual(fake);
  return fake;
}

describe("the built events.js stamps on both Office.js paths", () => {
  let enforce = "";
  let monitor = "";
  const monitorPolicy: Policy = { ...DEFAULT_POLICY, mode: "monitor" };
  beforeAll(async () => {
    [enforce, monitor] = await Promise.all([builtEventsJs(), builtEventsJs(monitorPolicy)]);
  }, 120_000);

  it("stamps an allowed message and a warned forward, and leaves a blocked one unstamped", async () => {
    const allowed = await sendOnBoth(enforce, { to: partners(2) });
    expect(allowed.result).toMatchObject({ completed: true, options: { allowEvent: true } });
    expect(allowed.stamp).toBe(
      `v=1; action=allow; mode=enforce; checked=send; compose=new; visible=2; external=2; parties=2; groups=0; sensitive=no; policy=${policyFingerprint(DEFAULT_POLICY)}`,
    );

    const warned = await sendOnBoth(enforce, { composeType: "forward", to: partners(6) });
    expect(warned.result).toMatchObject({
      completed: true,
      options: { allowEvent: false, sendModeOverride: "promptUser" },
    });
    expect(String(warned.result.completed && warned.result.options?.errorMessage)).toContain(
      "spreads all their addresses",
    );
    expect(parseStamp(warned.stamp ?? "")).toMatchObject({ ok: true, stamp: { action: "warn", compose: "forward" } });

    const blocked = await sendOnBoth(enforce, { to: customers(300) });
    expect(blocked.result).toMatchObject({ completed: true, options: { allowEvent: false } });
    expect(blocked.stamp).toBeUndefined();
  }, 60_000);

  it.each<[string, FaultSpec]>([
    ["fails", { method: "internetHeaders.setAsync", kind: "fail", error: "InternalServerError" }],
    ["is not supported", { method: "internetHeaders.setAsync", kind: "fail", error: "OperationNotSupported" }],
  ])(
    "still warns, unstamped, when the write %s",
    async (_, fault) => {
      const outcome = await sendOnBoth(enforce, { to: partners(6) }, fault);
      expect(outcome.result).toMatchObject({ completed: true, options: { sendModeOverride: "promptUser" } });
      expect(outcome.stamp).toBeUndefined();
    },
    60_000,
  );

  it("completes with the decision at the 3-second deadline when the write never answers", async () => {
    const started = Date.now();
    const outcome = await sendOnBoth(
      enforce,
      { to: partners(2) },
      { method: "internetHeaders.setAsync", kind: "hang" },
    );
    expect(outcome.result).toMatchObject({ completed: true, options: { allowEvent: true } });
    expect(outcome.stamp).toBeUndefined();
    expect(Date.now() - started).toBeGreaterThanOrEqual(2 * 3000);
  }, 60_000);

  it("in a monitor-mode build lets 300 customers go and stamps the block enforce would have made", async () => {
    const outcome = await sendOnBoth(monitor, { to: customers(300) });
    expect(outcome.result).toEqual({ completed: true, options: { allowEvent: true } });
    expect(parseStamp(outcome.stamp ?? "")).toMatchObject({
      ok: true,
      stamp: { action: "block", mode: "monitor", visible: 300, policy: policyFingerprint(monitorPolicy) },
    });
  }, 60_000);

  it("reads the compose type where getComposeTypeAsync fails as unknown", async () => {
    const outcome = await sendOnBoth(
      enforce,
      { composeType: "reply", to: partners(2) },
      { method: "getComposeTypeAsync", kind: "fail" },
    );
    expect(outcome.stamp).toContain("compose=unknown");
  }, 60_000);
});
