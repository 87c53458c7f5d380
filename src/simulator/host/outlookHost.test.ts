import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { OutlookErrorCode } from "./outlookErrors.ts";
import type { HostResult } from "./outlookErrors.ts";
import type { RecipientsChangedEvent } from "./itemEvents.ts";
import { OutlookHost } from "./outlookHost.ts";
import type { MailboxRequirementSet } from "./requirementSets.ts";

const people = (count: number, prefix = "p") =>
  Array.from({ length: count }, (_, i) => ({ emailAddress: `${prefix}${i}@fabrikam.com`, displayName: `Person ${i}` }));

/** Lets every pending host timer run, then returns the answer. */
async function settle<T>(answer: Promise<T>): Promise<T> {
  await vi.runAllTimersAsync();
  return answer;
}

function errorCode(result: HostResult<unknown>): number | undefined {
  return result.ok ? undefined : result.error.code;
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe("OutlookHost recipient fields", () => {
  it.each<[MailboxRequirementSet, number]>([
    ["1.14", 500],
    ["1.15", 500],
    ["1.16", 1000],
  ])(
    "at Mailbox %s fills a field up to %i and answers 9012 past it, leaving the field as it was",
    async (set, limit) => {
      const host = new OutlookHost({ requirementSet: set });
      expect((await settle(host.setRecipients("bcc", people(limit)))).ok).toBe(true);

      const over = await settle(host.addRecipients("bcc", people(1, "extra")));

      expect(over.ok).toBe(false);
      expect(!over.ok && over.error).toMatchObject({ code: 9012, name: "NumberOfRecipientsExceeded" });
      expect(!over.ok && over.error.message).toContain(String(limit));
      expect(host.getSnapshot().bcc).toHaveLength(limit);
    },
  );

  it("refuses a setAsync that would overfill a field even when the field starts empty", async () => {
    const host = new OutlookHost();
    const result = await settle(host.setRecipients("to", people(501)));
    expect(errorCode(result)).toBe(OutlookErrorCode.NumberOfRecipientsExceeded);
    expect(host.getSnapshot().to).toEqual([]);
  });

  it("stores a string as both address and name, and names an object without a name by its address", async () => {
    const host = new OutlookHost();
    await settle(host.setRecipients("cc", ["ann@fabrikam.com", { emailAddress: "bob@tailspin.com" }]));
    const read = await settle(host.getRecipients("cc"));
    expect(read).toEqual({
      ok: true,
      value: [
        { emailAddress: "ann@fabrikam.com", displayName: "ann@fabrikam.com" },
        { emailAddress: "bob@tailspin.com", displayName: "bob@tailspin.com" },
      ],
    });
  });

  it("returns copies, so an add-in editing what it read does not edit the message", async () => {
    const host = new OutlookHost({ to: [{ emailAddress: "ann@fabrikam.com", displayName: "Ann" }] });
    const read = await settle(host.getRecipients("to"));
    if (read.ok && read.value[0]) (read.value[0] as { displayName: string }).displayName = "Changed";
    expect(host.getSnapshot().to[0]?.displayName).toBe("Ann");
  });
});

describe("OutlookHost notifications", () => {
  const info = (message: string) => ({
    type: "informationalMessage" as const,
    message,
    icon: "icon1",
    persistent: false,
  });

  it("shows at most five infobars and answers 9025 for a sixth", async () => {
    const host = new OutlookHost();
    for (let i = 1; i <= 5; i++) expect((await settle(host.addNotification(`k${i}`, info(`m${i}`)))).ok).toBe(true);
    const sixth = await settle(host.addNotification("k6", info("m6")));
    expect(errorCode(sixth)).toBe(OutlookErrorCode.NumberOfNotificationsExceeded);
    expect(host.getSnapshot().notifications.map((n) => n.key)).toEqual(["k1", "k2", "k3", "k4", "k5"]);
  });

  it("lets replaceAsync overwrite an existing key at the limit, but not add a new one", async () => {
    const host = new OutlookHost();
    for (let i = 1; i <= 5; i++) await settle(host.addNotification(`k${i}`, info(`m${i}`)));

    expect((await settle(host.replaceNotification("k3", info("updated")))).ok).toBe(true);
    const added = await settle(host.replaceNotification("k6", info("new")));

    expect(errorCode(added)).toBe(OutlookErrorCode.NumberOfNotificationsExceeded);
    expect(host.getSnapshot().notifications.find((n) => n.key === "k3")?.message).toBe("updated");
  });

  it("answers 9023 when addAsync reuses a key, keeping the first infobar", async () => {
    const host = new OutlookHost();
    await settle(host.addNotification("warn", info("first")));
    const again = await settle(host.addNotification("warn", info("second")));
    expect(errorCode(again)).toBe(OutlookErrorCode.DuplicateNotificationKey);
    expect(host.getSnapshot().notifications).toEqual([{ key: "warn", ...info("first") }]);
  });

  it("removes by key, answers 9024 for a key it does not show, and lists what remains in order", async () => {
    const host = new OutlookHost();
    await settle(host.addNotification("a", info("A")));
    await settle(host.addNotification("b", { type: "errorMessage", message: "B" }));
    expect((await settle(host.removeNotification("a"))).ok).toBe(true);
    expect(errorCode(await settle(host.removeNotification("a")))).toBe(OutlookErrorCode.NotificationKeyNotFound);
    expect(await settle(host.getAllNotifications())).toEqual({
      ok: true,
      value: [{ key: "b", type: "errorMessage", message: "B" }],
    });
  });

  it("lets the user dismiss an infobar", async () => {
    const host = new OutlookHost();
    await settle(host.addNotification("a", info("A")));
    host.userDismissNotification("a");
    expect(host.getSnapshot().notifications).toEqual([]);
  });
});

describe("OutlookHost sessionData", () => {
  const overhead = JSON.stringify({ k: "" }).length;

  it.each<[MailboxRequirementSet, number]>([
    ["1.15", 50_000],
    ["1.16", 2_621_440],
  ])("at Mailbox %s holds up to %i characters and answers 9051 past that, storing nothing", async (set, limit) => {
    const host = new OutlookHost({ requirementSet: set });
    expect((await settle(host.setSessionData("k", "x".repeat(limit - overhead)))).ok).toBe(true);

    const over = await settle(host.setSessionData("k", "x".repeat(limit - overhead + 1)));

    expect(errorCode(over)).toBe(OutlookErrorCode.SessionObjectMaxLengthExceeded);
    expect(host.getSnapshot().sessionData.k).toHaveLength(limit - overhead);
  });

  it("counts every entry towards the limit", async () => {
    const host = new OutlookHost();
    await settle(host.setSessionData("a", "x".repeat(30_000)));
    expect(errorCode(await settle(host.setSessionData("b", "y".repeat(30_000))))).toBe(9051);
    expect(Object.keys(host.getSnapshot().sessionData)).toEqual(["a"]);
  });

  it("gets, lists, removes and clears values, and answers 9050 for a name never set", async () => {
    const host = new OutlookHost();
    await settle(host.setSessionData("undo", "[1,2]"));
    await settle(host.setSessionData("step", "3"));
    expect(await settle(host.getSessionData("undo"))).toEqual({ ok: true, value: "[1,2]" });
    expect(errorCode(await settle(host.getSessionData("missing")))).toBe(OutlookErrorCode.KeyNotFound);

    await settle(host.removeSessionData("undo"));
    expect(await settle(host.getAllSessionData())).toEqual({ ok: true, value: { step: "3" } });

    await settle(host.clearSessionData());
    expect(await settle(host.getAllSessionData())).toEqual({ ok: true, value: {} });
  });
});

describe("OutlookHost faults", () => {
  it("fails only the Nth call of a method counted from the injection, with 9002 by default", async () => {
    const host = new OutlookHost();
    await settle(host.addRecipients("bcc", ["early@fabrikam.com"]));
    host.injectFault({ method: "bcc.addAsync", call: 2, kind: "fail" });

    const first = await settle(host.addRecipients("bcc", ["one@fabrikam.com"]));
    await settle(host.getRecipients("bcc")); // another method does not count
    const second = await settle(host.addRecipients("bcc", ["two@fabrikam.com"]));
    const third = await settle(host.addRecipients("bcc", ["three@fabrikam.com"]));

    expect([first.ok, second.ok, third.ok]).toEqual([true, false, true]);
    expect(errorCode(second)).toBe(9002);
    expect(host.getSnapshot().bcc.map((r) => r.emailAddress)).toEqual([
      "early@fabrikam.com",
      "one@fabrikam.com",
      "three@fabrikam.com",
    ]);
  });

  it("fails every call when no call number is given, until the faults are cleared", async () => {
    const host = new OutlookHost();
    host.injectFault({ method: "to.getAsync", kind: "fail", error: "APICallFailedDueToItemChange" });
    expect(errorCode(await settle(host.getRecipients("to")))).toBe(9030);
    expect(errorCode(await settle(host.getRecipients("to")))).toBe(9030);
    expect((await settle(host.getRecipients("cc"))).ok).toBe(true);

    host.clearFaults();
    expect((await settle(host.getRecipients("to"))).ok).toBe(true);
  });

  it("removes just one fault through the function injectFault returns", async () => {
    const host = new OutlookHost();
    const removeTo = host.injectFault({ method: "to.getAsync", kind: "fail" });
    host.injectFault({ method: "cc.getAsync", kind: "fail" });
    removeTo();
    expect((await settle(host.getRecipients("to"))).ok).toBe(true);
    expect((await settle(host.getRecipients("cc"))).ok).toBe(false);
    expect(host.faults).toEqual([{ method: "cc.getAsync", kind: "fail" }]);
  });

  it("never answers a hung call, however long one waits, and keeps it pending", async () => {
    const host = new OutlookHost();
    host.injectFault({ method: "bcc.setAsync", call: 1, kind: "hang" });
    let answered = false;
    void host.setRecipients("bcc", ["ann@fabrikam.com"]).then(() => {
      answered = true;
    });

    await vi.advanceTimersByTimeAsync(10 * 60_000);

    expect(answered).toBe(false);
    expect(host.pendingCalls).toBe(1);
    expect(host.getSnapshot().bcc).toEqual([]);
    expect((await settle(host.setRecipients("bcc", ["bob@fabrikam.com"]))).ok).toBe(true);
  });

  it("rejects a call number below 1", () => {
    const host = new OutlookHost();
    expect(() => host.injectFault({ method: "to.getAsync", call: 0, kind: "fail" })).toThrow(RangeError);
  });
});

describe("OutlookHost latency and call log", () => {
  it("answers after the configured latency, applying the change only then", async () => {
    const host = new OutlookHost({ latencyMs: 100 });
    let answered = false;
    void host.setRecipients("to", ["ann@fabrikam.com"]).then(() => {
      answered = true;
    });

    await vi.advanceTimersByTimeAsync(99);
    expect(answered).toBe(false);
    expect(host.getSnapshot().to).toEqual([]);

    await vi.advanceTimersByTimeAsync(1);
    expect(answered).toBe(true);
    expect(host.getSnapshot().to).toHaveLength(1);
  });

  it("lets one method be slower than the rest", async () => {
    const host = new OutlookHost();
    host.setLatency(10);
    host.setLatency(500, "body.getAsync");
    const order: string[] = [];
    void host.getBody("text").then(() => order.push("body"));
    void host.getSubject().then(() => order.push("subject"));

    await vi.advanceTimersByTimeAsync(10);
    expect(order).toEqual(["subject"]);
    await vi.advanceTimersByTimeAsync(490);
    expect(order).toEqual(["subject", "body"]);
  });

  it("logs every call with its method and time, counts them, and forgets them on resetCallLog", async () => {
    vi.setSystemTime(new Date("2026-01-01T00:00:00Z"));
    const host = new OutlookHost();
    await settle(Promise.all([host.getRecipients("to"), host.getRecipients("cc"), host.getRecipients("to")]));

    expect(host.calls[0]).toEqual({ method: "to.getAsync", at: Date.parse("2026-01-01T00:00:00Z") });
    expect(host.callCount()).toBe(3);
    expect(host.callCount("to.getAsync")).toBe(2);
    expect(host.callCount("bcc.getAsync")).toBe(0);

    host.resetCallLog();
    expect(host.callCount()).toBe(0);
  });

  it("tracks how many calls were in flight at once", async () => {
    const host = new OutlookHost({ latencyMs: 5 });
    await settle(Promise.all([host.getRecipients("to"), host.getRecipients("cc"), host.getRecipients("bcc")]));
    await settle(host.getSubject());
    expect(host.peakPendingCalls).toBe(3);
    expect(host.pendingCalls).toBe(0);
  });
});

describe("OutlookHost events", () => {
  function recordRecipientEvents(host: OutlookHost): RecipientsChangedEvent[] {
    const events: RecipientsChangedEvent[] = [];
    host.onRecipientsChanged((event) => events.push(event));
    return events;
  }

  it("fires recipients-changed once per add-in write, naming only the field written", async () => {
    const host = new OutlookHost();
    const events = recordRecipientEvents(host);

    await settle(host.addRecipients("bcc", people(3)));
    await settle(host.setRecipients("to", ["ann@fabrikam.com"]));

    expect(events).toEqual([
      { changedRecipientFields: { to: false, cc: false, bcc: true } },
      { changedRecipientFields: { to: true, cc: false, bcc: false } },
    ]);
  });

  it("fires for the user's edits too, once for a preset that fills several fields", async () => {
    const host = new OutlookHost();
    const events = recordRecipientEvents(host);

    host.userSetRecipients("cc", ["ann@fabrikam.com"]);
    host.loadCompose({ to: ["bob@tailspin.com"], bcc: ["cy@contoso.com"], subject: "Hello" });
    expect(events).toEqual([]); // delivered in a later task, like Outlook's event
    await vi.runAllTimersAsync();

    expect(events).toEqual([
      { changedRecipientFields: { to: false, cc: true, bcc: false } },
      { changedRecipientFields: { to: true, cc: false, bcc: true } },
    ]);
  });

  it("stays quiet for a write that changes nothing or fails, and after unsubscribing", async () => {
    const host = new OutlookHost({ to: ["ann@fabrikam.com"] });
    const events: RecipientsChangedEvent[] = [];
    const unsubscribe = host.onRecipientsChanged((event) => events.push(event));

    await settle(host.setRecipients("to", ["ann@fabrikam.com"]));
    await settle(host.addRecipients("cc", people(501)));
    unsubscribe();
    host.userSetRecipients("bcc", ["bob@fabrikam.com"]);
    await vi.runAllTimersAsync();

    expect(events).toEqual([]);
  });

  it("tells subscribers about every change at once and keeps the same snapshot until then", async () => {
    const host = new OutlookHost();
    const seen: string[] = [];
    host.subscribe(() => seen.push(host.getSnapshot().subject));
    const before = host.getSnapshot();
    expect(host.getSnapshot()).toBe(before);

    host.userSetSubject("Quarterly results");
    await settle(host.setSubject("Re: Quarterly results"));
    host.setDisplayLanguage("fr-FR");

    expect(seen).toEqual(["Quarterly results", "Re: Quarterly results", "Re: Quarterly results"]);
    expect(host.getSnapshot()).not.toBe(before);
    expect(host.getSnapshot().displayLanguage).toBe("fr-FR");
  });

  it("raises InitializationContextChanged only when asked to notify", async () => {
    const host = new OutlookHost();
    const contexts: string[] = [];
    host.onInitializationContextChanged((event) => contexts.push(event.initializationContext));

    host.setInitializationContext('{"quiet":true}');
    host.setInitializationContext('{"from":"smartAlert"}', { notify: true });
    await vi.runAllTimersAsync();

    expect(contexts).toEqual(['{"from":"smartAlert"}']);
    expect(await settle(host.getInitializationContext())).toEqual({ ok: true, value: '{"from":"smartAlert"}' });
  });

  it("answers an empty string when there is no initialization context", async () => {
    expect(await settle(new OutlookHost().getInitializationContext())).toEqual({ ok: true, value: "" });
  });
});

describe("OutlookHost requirement sets", () => {
  it("refuses InitializationContextChanged registration with 5000 before Mailbox 1.15", async () => {
    const host = new OutlookHost({ requirementSet: "1.14" });
    expect(errorCode(await settle(host.addHandler("olkInitializationContextChanged")))).toBe(5000);
    expect((await settle(host.addHandler("olkRecipientsChanged"))).ok).toBe(true);

    host.setRequirementSet("1.15");
    expect((await settle(host.addHandler("olkInitializationContextChanged"))).ok).toBe(true);
  });
});

describe("OutlookHost reset", () => {
  it("returns to an empty compose window with the default environment", async () => {
    const host = new OutlookHost({
      requirementSet: "1.16",
      displayLanguage: "ja-JP",
      from: { emailAddress: "shared@contoso.com", displayName: "Shared" },
      to: people(3),
      subject: "Hi",
      body: "Body",
      initializationContext: "ctx",
      composeType: "forward",
      officeTheme: {
        bodyBackgroundColor: "#000",
        bodyForegroundColor: "#fff",
        controlBackgroundColor: "#111",
        controlForegroundColor: "#eee",
      },
      latencyMs: 50,
      client: "ios",
    });
    await settle(host.addNotification("k", { type: "errorMessage", message: "m" }));
    await settle(host.setSessionData("a", "b"));
    await settle(host.setInternetHeaders({ "X-BCC-Guard": "v=1" }));
    host.injectFault({ method: "to.getAsync", kind: "fail" });

    host.reset();

    expect(host.getSnapshot()).toEqual({
      from: { emailAddress: "agent@contoso.com", displayName: "Alex Agent" },
      to: [],
      cc: [],
      bcc: [],
      subject: "",
      body: "",
      notifications: [],
      sessionData: {},
      initializationContext: null,
      internetHeaders: {},
      composeType: "newMail",
      requirementSet: "1.15",
      displayLanguage: "en-US",
      officeTheme: undefined,
      client: "desktop",
      userProfile: {
        displayName: "Alex Agent",
        emailAddress: "agent@contoso.com",
        accountType: "enterprise",
        timeZone: "UTC",
      },
    });
    expect(host.faults).toEqual([]);
    expect(host.callCount()).toBe(0);
    let answered = false;
    void host.getRecipients("to").then((result) => {
      answered = result.ok;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(answered).toBe(true);
  });

  it("fails calls still in flight with 9030 and drops their changes", async () => {
    const host = new OutlookHost({ latencyMs: 100 });
    const write = host.setRecipients("bcc", ["ann@fabrikam.com"]);
    host.reset();
    expect(errorCode(await settle(write))).toBe(OutlookErrorCode.APICallFailedDueToItemChange);
    expect(host.getSnapshot().bcc).toEqual([]);
    expect(host.pendingCalls).toBe(0);
  });
});
