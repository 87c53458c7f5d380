import { describe, expect, it } from "vitest";

import type { Policy } from "../engine/index.ts";
import { policyFingerprint } from "../engine/index.ts";
import { readClientInfo } from "../office/clientInfo.ts";
import { createMailItem } from "../office/mailItem.ts";
import { createPhoneExtras } from "../office/phoneSurface.ts";
import { createPhoneOffice } from "../simulator/fakeOfficeJs/index.ts";
import { OutlookHost } from "../simulator/host/index.ts";
import type { OutlookHostOptions } from "../simulator/host/index.ts";
import { people } from "../../test/support/recipients.ts";
import { recordingEvent } from "../../test/support/testOutlook.ts";
import { contosoPolicy } from "../../test/support/contoso.ts";

import { handlePhoneRecipientsChanged } from "./phoneNotice.ts";

const policy: Policy = contosoPolicy();
const customers = (n: number) => people(n, (i) => `customer${i}.example`, "customer");

/**
 * A view of an Office object that has nothing but what is there: reading any member the object lacks is
 * recorded in `misses` (and yields undefined, so calling it would be a TypeError, as on a phone).
 */
function strict<T extends object>(source: T, path: string, misses: string[]): T {
  return new Proxy({} as T, {
    get(_target, property) {
      if (typeof property === "symbol" || property === "then") return undefined;
      if (!(property in source)) {
        misses.push(`${path}.${property}`);
        return undefined;
      }
      const value: unknown = Reflect.get(source, property);
      return value !== null && typeof value === "object" ? strict(value, `${path}.${property}`, misses) : value;
    },
    has: (_target, property) => property in source,
  });
}

/** Outlook for iOS or Android with only the mobile API surface, wired as src/events/main.ts wires it. */
function phone(options: OutlookHostOptions = {}, os: "ios" | "android" = "ios", version?: string) {
  const host = new OutlookHost({ ...options, client: os });
  const misses: string[] = [];
  const office = strict(
    createPhoneOffice(host, os, version === undefined ? {} : { version }),
    "Office",
    misses,
  ) as unknown as typeof Office;
  const client = readClientInfo(office);
  const run = async (deps: { policy?: Policy; deadlineMs?: number } = {}) => {
    const { calls, event } = recordingEvent();
    const extras = client.phone ? createPhoneExtras(office, client.phone, 1000) : null;
    await handlePhoneRecipientsChanged(event, {
      item: createMailItem(office, 1000),
      policy: deps.policy ?? policy,
      client,
      extras,
      ...(deps.deadlineMs === undefined ? {} : { deadlineMs: deps.deadlineMs }),
    });
    return calls;
  };
  const notices = () => host.getSnapshot().notifications;
  const stamp = () => host.getSnapshot().internetHeaders["X-BCC-Guard"];
  return { host, office, client, misses, run, notices, stamp };
}

describe("the recipients-changed handler on a phone", () => {
  it("warns about 300 customers using only the mobile API surface, and stamps the message as checked while composing", async () => {
    const ios = phone({ to: customers(300) });
    expect(ios.client.phone).toEqual({ os: "ios", version: "4.2530.0" });

    expect(await ios.run()).toEqual([undefined]);

    expect(ios.misses).toEqual([]);
    const [notice, ...others] = ios.notices();
    expect(others).toEqual([]);
    expect(notice).toMatchObject({ key: "bccGuardExposure", type: "informationalMessage", persistent: true });
    expect(notice?.message).toBe(
      "At least 100 people outside Contoso would see each other's addresses. Move them to Bcc now: a phone checks nothing at Send.",
    );
    expect(ios.stamp()).toBe(
      `v=1; action=block; mode=enforce; checked=compose; compose=new; visible=100; external=100; parties=100; groups=0; sensitive=no; policy=${policyFingerprint(policy)}`,
    );
    const methods = new Set(ios.host.calls.map((call) => call.method));
    expect([...methods].sort()).toEqual([
      "bcc.getAsync",
      "cc.getAsync",
      "getComposeTypeAsync",
      "internetHeaders.setAsync",
      "notificationMessages.replaceAsync",
      "to.getAsync",
    ]);
  });

  it("offers nothing beyond the mobile surface: a desktop-only call is a TypeError", () => {
    const { office } = phone({ to: customers(3) });
    const item = office.context.mailbox.item as unknown as Record<string, Record<string, unknown> | undefined>;
    expect(() => (item.subject as { setAsync: (s: string) => void }).setAsync("x")).toThrow(TypeError);
    expect(() => (item as unknown as { addHandlerAsync: () => void }).addHandlerAsync()).toThrow(TypeError);
    expect(office.context.requirements.isSetSupported("Mailbox", "1.5")).toBe(true);
    expect(office.context.requirements.isSetSupported("Mailbox", "1.8")).toBe(false);
    expect(() =>
      office.context.mailbox.item!.notificationMessages.replaceAsync("k", {
        type: "insightMessage",
        message: "m",
        icon: "Icon.16x16",
        actions: [],
      } as unknown as Office.NotificationMessageDetails),
    ).toThrow(/insight/);
  });

  it("reads at most 100 per field, and says the exact count below that", async () => {
    const full = phone({ to: customers(300) });
    const read = await new Promise<number>((resolve) =>
      full.office.context.mailbox.item!.to.getAsync((result) => resolve(result.value.length)),
    );
    expect(read).toBe(100);

    const below = phone({ to: customers(99) });
    await below.run();
    expect(below.notices()[0]?.message).toMatch(/^99 people outside Contoso/);

    // 150 colleagues, then customers the phone never hands over: the first 100 look harmless.
    const harmlessFirst = phone({ to: [...people(150, "contoso.com"), ...customers(40)] });
    await harmlessFirst.run({ policy: { ...policy, largeAudience: { warnAt: null } } });
    expect(harmlessFirst.notices()[0]?.message).toBe(
      "To or Cc holds more people than BCC Guard can read on a phone. Check that outside people are in Bcc.",
    );
  });

  it("keeps one notice: it replaces any other and goes once nobody is exposed", async () => {
    const ios = phone({ to: customers(50) });
    await ios.host.addNotification("someoneElse", {
      type: "informationalMessage",
      message: "x",
      icon: "i",
      persistent: false,
    });
    await ios.run();
    expect(ios.notices().map((n) => n.key)).toEqual(["bccGuardExposure"]);
    expect(ios.notices()[0]?.message).toMatch(/^50 people/);

    ios.host.userSetRecipients("to", customers(60));
    await ios.run();
    expect(ios.notices()).toHaveLength(1);
    expect(ios.notices()[0]?.message).toMatch(/^60 people/);

    ios.host.userSetRecipients("to", people(3, "contoso.com"));
    expect(await ios.run()).toHaveLength(1);
    expect(ios.notices()).toEqual([]);
    expect(ios.stamp()).toMatch(
      /^v=1; action=allow; mode=enforce; checked=compose; compose=new; visible=3; external=0;/,
    );
  });

  it("completes exactly once on every path: read failure, notice failure, header failure, a hung call, monitor mode", async () => {
    const unreadable = phone({ to: customers(30) });
    unreadable.host.injectFault({ method: "to.getAsync", kind: "fail" });
    expect(await unreadable.run()).toHaveLength(1);
    expect(unreadable.stamp()).toMatch(/^v=1; action=error; .*visible=0; external=0; parties=0; groups=0;/);

    const noNotice = phone({ to: customers(30) });
    noNotice.host.injectFault({ method: "notificationMessages.replaceAsync", kind: "fail" });
    expect(await noNotice.run()).toHaveLength(1);
    expect(noNotice.stamp()).toMatch(/action=block/);

    const noHeader = phone({ to: customers(30) });
    noHeader.host.injectFault({ method: "internetHeaders.setAsync", kind: "fail" });
    expect(await noHeader.run()).toHaveLength(1);
    expect(noHeader.notices()).toHaveLength(1);

    const hung = phone({ to: customers(30) });
    hung.host.injectFault({ method: "to.getAsync", kind: "hang" });
    const started = Date.now();
    expect(await hung.run({ deadlineMs: 50 })).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(1000 + 900);

    const monitor = phone({ to: customers(30) });
    expect(await monitor.run({ policy: { ...policy, mode: "monitor" } })).toHaveLength(1);
    expect(monitor.notices()).toEqual([]);
    expect(monitor.stamp()).toMatch(/^v=1; action=block; mode=monitor; checked=compose;/);
  });

  it("still warns on an app too old for internet headers, and touches no header API there", async () => {
    const old = phone({ to: customers(30) }, "android", "4.2400.0");
    expect(old.client.phone).toEqual({ os: "android", version: "4.2400.0" });
    expect(await old.run()).toHaveLength(1);
    expect(old.misses).toEqual([]);
    expect(old.notices()[0]?.message).toMatch(/^30 people/);
    expect(old.stamp()).toBeUndefined();
    expect(old.host.callCount("internetHeaders.setAsync")).toBe(0);
  });

  it("speaks the phone's language within the notice limit", async () => {
    for (const [tag, start] of [
      ["fr-FR", "Au moins 100 personnes"],
      ["de-DE", "Mindestens 100 Personen"],
      ["es-ES", "Al menos 100 personas"],
      ["ja-JP", "Contoso 外部の100人以上"],
    ] as const) {
      const ios = phone({ to: customers(300), displayLanguage: tag });
      await ios.run();
      const message = ios.notices()[0]?.message ?? "";
      expect(message.startsWith(start), `${tag}: ${message}`).toBe(true);
      expect(message.length).toBeLessThanOrEqual(150);
    }
  });
});
