/*
 * One behaviour, two fakes held together: every scenario runs against the hand-written fake Office.js and
 * against Microsoft's real Office.js (@microsoft/office-js 1.1.110, from node_modules, in jsdom) talking to the
 * simulated Outlook on the web, each over its own OutlookHost built from the same options, and both must
 * observe the same. Where the real library behaves differently by design of its 2022 build, the test says so.
 */
import { describe, expect, it } from "vitest";

import { inBoth, observe, openRuntime, plain, settle, thrown, type Observed, type Runtime } from "./runtimes.ts";
import { addresses } from "../support/recipients.ts";

/** Notification details as plain data; Office's types want its enums where the add-in writes strings. */
const details = (value: Record<string, unknown>) => value as unknown as Office.NotificationMessageDetails;

const INFO = { type: "informationalMessage", message: "Checked by BCC Guard.", icon: "Icon.16x16", persistent: false };
const INSIGHT = {
  type: "insightMessage",
  message: "12 customers can see each other.",
  icon: "Icon.16x16",
  actions: [{ actionType: "showTaskPane", actionText: "Review", commandId: "openPaneButton", contextData: "{}" }],
};
const SUCCEEDED: Observed = { status: "succeeded", value: undefined };

describe("what the add-in uses, in the 2022 npm build", () => {
  it("everything is there except InitializationContextChanged, SendModeOverride and context.officeTheme, which the add-in does without", async () => {
    const real = await openRuntime("real");
    try {
      const office = real.office as unknown as Record<string, unknown>;
      const paths = [
        "actions.associate",
        "onReady",
        "CoercionType.Text",
        "EventType.RecipientsChanged",
        "EventType.OfficeThemeChanged",
        "EventType.InitializationContextChanged",
        "MailboxEnums.ItemNotificationMessageType.InsightMessage",
        "MailboxEnums.ActionType.ShowTaskPane",
        "MailboxEnums.RecipientType.ExternalUser",
        "MailboxEnums.SendModeOverride.PromptUser",
        "context.displayLanguage",
        "context.officeTheme",
        "context.requirements.isSetSupported",
        "context.mailbox.userProfile.emailAddress",
        "context.mailbox.addHandlerAsync",
        "context.mailbox.removeHandlerAsync",
        ...["to", "cc", "bcc"].flatMap((field) =>
          ["getAsync", "setAsync", "addAsync"].map((method) => `context.mailbox.item.${field}.${method}`),
        ),
        "context.mailbox.item.from.getAsync",
        "context.mailbox.item.subject.getAsync",
        "context.mailbox.item.body.getAsync",
        "context.mailbox.item.sessionData.getAsync",
        "context.mailbox.item.sessionData.setAsync",
        "context.mailbox.item.sessionData.removeAsync",
        "context.mailbox.item.notificationMessages.replaceAsync",
        "context.mailbox.item.notificationMessages.removeAsync",
        "context.mailbox.item.getInitializationContextAsync",
        "context.mailbox.item.addHandlerAsync",
        "context.mailbox.item.removeHandlerAsync",
      ];
      const missing = paths.filter(
        (path) =>
          path.split(".").reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], office) ===
          undefined,
      );
      expect(missing).toEqual([
        "EventType.InitializationContextChanged",
        "MailboxEnums.SendModeOverride.PromptUser",
        "context.officeTheme",
      ]);
    } finally {
      real.close();
    }
  });
});

describe("recipients", () => {
  it("set, add and get agree on addresses, display names and recipient types", async () => {
    const seen = await inBoth(
      { cc: [{ emailAddress: "staff@contoso.com", displayName: "All staff", recipientType: "distributionList" }] },
      async ({ item }) => [
        await observe((done) =>
          item.to.setAsync(
            [
              "ann@fabrikam.com",
              { emailAddress: "bob@tailspin.com", displayName: "Bob Kelly" },
              { emailAddress: "cy@contoso.com" } as Office.EmailUser,
            ],
            done,
          ),
        ),
        await observe((done) => item.to.addAsync([{ emailAddress: "dee@contoso.com", displayName: "Dee" }], done)),
        await observe((done) => item.to.getAsync(done)),
        await observe((done) => item.cc.getAsync(done)),
      ],
    );
    expect(seen).toEqual([
      SUCCEEDED,
      SUCCEEDED,
      {
        status: "succeeded",
        value: [
          { emailAddress: "ann@fabrikam.com", displayName: "ann@fabrikam.com" },
          { emailAddress: "bob@tailspin.com", displayName: "Bob Kelly" },
          { emailAddress: "cy@contoso.com", displayName: "cy@contoso.com" },
          { emailAddress: "dee@contoso.com", displayName: "Dee" },
        ],
      },
      {
        status: "succeeded",
        value: [{ emailAddress: "staff@contoso.com", displayName: "All staff", recipientType: "distributionList" }],
      },
    ]);
  });

  it("101 recipients in one call throw synchronously and nothing reaches the host; 100 go through", async () => {
    const seen = await inBoth({}, async ({ item, host }) => ({
      add: await observe((done) => item.bcc.addAsync(addresses(101, "fabrikam.com"), done)),
      set: await observe((done) => item.to.setAsync(addresses(101, "fabrikam.com"), done)),
      callsAfterThrows: host.callCount(),
      hundred: await observe((done) => item.bcc.addAsync(addresses(100, "fabrikam.com"), done)),
      bcc: host.getSnapshot().bcc.length,
    }));
    const tooMany = { threw: "Sys.ArgumentOutOfRangeException", parameter: "recipients" };
    expect(seen).toEqual({ add: tooMany, set: tooMany, callsAfterThrows: 0, hundred: SUCCEEDED, bcc: 100 });
  });

  it("an empty address, a 256-character name and a bare number are refused before the host", async () => {
    const seen = await inBoth({}, async ({ item, host }) => ({
      empty: await observe((done) => item.cc.setAsync([""], done)),
      longName: await observe((done) =>
        item.cc.setAsync([{ emailAddress: "a@b.com", displayName: "n".repeat(256) }], done),
      ),
      number: await observe((done) => item.cc.setAsync([7 as unknown as string], done)),
      calls: host.callCount(),
    }));
    expect(seen).toEqual({
      empty: { threw: "Sys.ArgumentException", parameter: "recipients" },
      longName: { threw: "Sys.ArgumentOutOfRangeException", parameter: "recipients" },
      number: { threw: "Sys.ArgumentException", parameter: "recipients" },
      calls: 0,
    });
  });

  it.each([
    { set: "1.15", already: 450, adding: 51, fails: true },
    { set: "1.15", already: 449, adding: 51, fails: false },
    { set: "1.16", already: 450, adding: 51, fails: false },
    { set: "1.16", already: 950, adding: 51, fails: true },
  ] as const)(
    "at Mailbox $set a field of $already plus $adding fails with 9012: $fails",
    async ({ set, already, adding, fails }) => {
      const seen = await inBoth(
        { requirementSet: set, bcc: addresses(already, "fabrikam.com") },
        async ({ item, host }) => ({
          result: await observe((done) => item.bcc.addAsync(addresses(adding, "tailspin.com"), done)),
          bcc: host.getSnapshot().bcc.length,
        }),
      );
      expect(seen).toEqual(
        fails
          ? { result: { status: "failed", code: 9012, name: "NumberOfRecipientsExceeded" }, bcc: already }
          : { result: SUCCEEDED, bcc: already + adding },
      );
    },
  );

  it("Microsoft's 2022 library words 9012 as a limit of 500 even where the host allows 1,000 (Mailbox 1.16)", async () => {
    const real = await openRuntime("real", { requirementSet: "1.16", bcc: addresses(950, "fabrikam.com") });
    try {
      const message = await new Promise<string>((resolve) =>
        real.item.bcc.addAsync(addresses(51, "tailspin.com"), (result) => resolve(result.error.message)),
      );
      expect(message).toMatch(/\b500\b/);
    } finally {
      real.close();
    }
  });

  it("a display name without an address passes Office.js and reaches the host with an empty address", async () => {
    const seen = await inBoth({}, async ({ item, host }) => ({
      set: await observe((done) => item.cc.setAsync([{ displayName: "Team" } as Office.EmailUser], done)),
      cc: host.getSnapshot().cc,
    }));
    expect(seen).toEqual({ set: SUCCEEDED, cc: [{ emailAddress: "", displayName: "Team" }] });
  });

  it("from.getAsync gives the sender as an EmailAddressDetails", async () => {
    const seen = await inBoth(
      { from: { emailAddress: "sales@contoso.com", displayName: "Contoso Sales" } },
      ({ item }) => observe((done) => item.from.getAsync(done)),
    );
    expect(seen).toEqual({
      status: "succeeded",
      value: { emailAddress: "sales@contoso.com", displayName: "Contoso Sales" },
    });
  });
});

describe("the arguments after the required ones", () => {
  it.each<[string, (callback: unknown) => unknown[], unknown]>([
    ["(options, callback)", (cb) => [{ asyncContext: "ctx" }, cb], { status: "succeeded", context: "ctx" }],
    ["(null, callback)", (cb) => [null, cb], { status: "succeeded", context: null }],
    [
      "({ asyncContext: 0 }, callback): 0 comes back undefined",
      (cb) => [{ asyncContext: 0 }, cb],
      { status: "succeeded", context: null },
    ],
    ["(undefined, callback)", (cb) => [undefined, cb], { threw: "Sys.ArgumentException", parameter: "options" }],
    ["(callback, extra)", (cb) => [cb, 5], { threw: "Sys.ArgumentException", parameter: "options" }],
    ["(options, callback, extra)", (cb) => [{}, cb, 5], { threw: "Sys.ParameterCountException", parameter: undefined }],
    [
      "(options) without the callback a read needs",
      () => [{}],
      { threw: "Sys.ArgumentNullException", parameter: "callback" },
    ],
  ])("to.getAsync%s", async (_case, tail, expected) => {
    const seen = await inBoth({}, ({ item }) =>
      observeTail((callback) => (item.to.getAsync as (...args: unknown[]) => void)(...tail(callback))),
    );
    expect(seen).toEqual(expected);
  });

  it("a write takes no callback, but an undefined or non-object options argument throws", async () => {
    const seen = await inBoth({}, async ({ item, host }) => {
      const setAsync = item.bcc.setAsync as (...a: unknown[]) => void;
      const results: Observed[] = [];
      for (const tail of [[], [undefined], ["options"], [{}, "callback"]]) {
        try {
          setAsync(["ann@fabrikam.com"], ...tail);
          results.push(SUCCEEDED);
        } catch (error) {
          results.push(thrown(error));
        }
      }
      await settle();
      return { results, calls: host.callCount("bcc.setAsync") };
    });
    expect(seen).toEqual({
      results: [
        SUCCEEDED,
        { threw: "Sys.ArgumentTypeException", parameter: undefined },
        { threw: "Sys.ArgumentTypeException", parameter: undefined },
        { threw: "Sys.ArgumentException", parameter: "callback" },
      ],
      calls: 1,
    });
  });
});

describe("subject and body", () => {
  it("a subject is set up to 255 characters; longer ones and non-strings throw", async () => {
    const seen = await inBoth({}, async ({ item, host }) => [
      await observe((done) => item.subject.setAsync("s".repeat(255), done)),
      await observe((done) => item.subject.setAsync("s".repeat(256), done)),
      await observe((done) => item.subject.setAsync(5 as unknown as string, done)),
      host.getSnapshot().subject.length,
    ]);
    expect(seen).toEqual([
      SUCCEEDED,
      { threw: "Sys.ArgumentOutOfRangeException", parameter: "subject" },
      { threw: "Sys.ArgumentTypeException", parameter: "subject" },
      255,
    ]);
  });

  it("read back as the user typed them, the body as text or HTML", async () => {
    const seen = await inBoth({ subject: "Q3 figures", body: "Hello all,\nsee attached." }, async ({ item }) => [
      await observe((done) => item.subject.getAsync(done)),
      await observe((done) => item.body.getAsync("text" as Office.CoercionType, done)),
      await observe((done) => item.body.getAsync("html" as Office.CoercionType, done)),
      await observe((done) => item.body.getAsync("rtf" as Office.CoercionType, done)),
    ]);
    expect(seen[0]).toEqual({ status: "succeeded", value: "Q3 figures" });
    expect(seen[1]).toEqual({ status: "succeeded", value: "Hello all,\nsee attached." });
    expect(seen[2]).toMatchObject({ status: "succeeded", value: expect.stringContaining("Hello all,") });
    expect(seen[3]).toEqual({ threw: "Sys.ArgumentException", parameter: "coercionType" });
  });
});

describe("notification messages", () => {
  it("add, replace, list and remove infobars in their documented shape", async () => {
    const seen = await inBoth({}, async ({ item }) => {
      const bars = item.notificationMessages;
      return [
        await observe((done) => bars.addAsync("info", details(INFO), done)),
        await observe((done) => bars.addAsync("insight", details(INSIGHT), done)),
        await observe((done) =>
          bars.replaceAsync("info", details({ ...INFO, message: "Updated.", persistent: true }), done),
        ),
        await observe((done) => bars.addAsync("error", details({ type: "errorMessage", message: "Oops." }), done)),
        await observe((done) => bars.getAllAsync(done)),
        await observe((done) => bars.removeAsync("error", done)),
        await observe((done) => bars.removeAsync("error", done)),
        await observe((done) => bars.getAllAsync(done)),
      ];
    });
    const info = { key: "info", ...INFO, message: "Updated.", persistent: true };
    const insight = { key: "insight", ...INSIGHT };
    expect(seen).toEqual([
      SUCCEEDED,
      SUCCEEDED,
      SUCCEEDED,
      SUCCEEDED,
      { status: "succeeded", value: [info, insight, { key: "error", type: "errorMessage", message: "Oops." }] },
      SUCCEEDED,
      { status: "failed", code: 9024, name: "NotificationKeyNotFound" },
      { status: "succeeded", value: [info, insight] },
    ]);
  });

  it.each([
    ["a 151-character message", { ...INFO, message: "x".repeat(151) }, "Sys.ArgumentOutOfRangeException", "message"],
    ["an informational message without an icon", { ...INFO, icon: undefined }, "Sys.ArgumentNullException", "icon"],
    [
      "an informational message without persistent",
      { ...INFO, persistent: undefined },
      "Sys.ArgumentNullException",
      "persistent",
    ],
    [
      "an informational message with actions",
      { ...INFO, actions: INSIGHT.actions },
      "Sys.ArgumentException",
      "actions",
    ],
    [
      "an error message with an icon",
      { type: "errorMessage", message: "m", icon: "i" },
      "Sys.ArgumentException",
      "icon",
    ],
    [
      "an error message with persistent",
      { type: "errorMessage", message: "m", persistent: true },
      "Sys.ArgumentException",
      "persistent",
    ],
    ["an insight message without an icon", { ...INSIGHT, icon: undefined }, "Sys.ArgumentNullException", "icon"],
    ["an insight message without actions", { ...INSIGHT, actions: undefined }, "Sys.ArgumentNullException", "actions"],
    [
      "an insight message with two actions",
      { ...INSIGHT, actions: [...INSIGHT.actions, ...INSIGHT.actions] },
      "Sys.ArgumentException",
      "actions",
    ],
    ["an insight message with persistent", { ...INSIGHT, persistent: false }, "Sys.ArgumentException", "persistent"],
    [
      "an insight action of another type",
      { ...INSIGHT, actions: [{ ...INSIGHT.actions[0], actionType: "openUrl" }] },
      "Sys.ArgumentException",
      "actionType",
    ],
    [
      "an insight action without a commandId",
      { ...INSIGHT, actions: [{ ...INSIGHT.actions[0], commandId: "" }] },
      "Sys.ArgumentException",
      "commandId",
    ],
    [
      "an unknown type that sets an icon (types are checked last)",
      { type: "toast", message: "m", icon: "i" },
      "Sys.ArgumentException",
      "icon",
    ],
    ["an unknown type", { type: "toast", message: "m" }, "Sys.ArgumentException", "type"],
    [
      "an insight action without an actionType",
      { ...INSIGHT, actions: [{ ...INSIGHT.actions[0], actionType: undefined }] },
      "Sys.ArgumentNullException",
      "actionType",
    ],
    [
      "an insight action with a numeric actionText",
      { ...INSIGHT, actions: [{ ...INSIGHT.actions[0], actionText: 5 }] },
      "Sys.ArgumentNullException",
      "actionText",
    ],
    [
      "a 31-character action text",
      { ...INSIGHT, actions: [{ ...INSIGHT.actions[0], actionText: "a".repeat(31) }] },
      "Sys.ArgumentOutOfRangeException",
      "actionText",
    ],
  ])("throw for %s before the host", async (_case, bad, exception, parameter) => {
    const seen = await inBoth({}, async ({ item, host }) => ({
      add: await observe((done) => item.notificationMessages.addAsync("k", details(bad), done)),
      calls: host.callCount(),
    }));
    expect(seen).toEqual({ add: { threw: exception, parameter }, calls: 0 });
  });

  it("an insight message with an empty action list passes Office.js", async () => {
    const seen = await inBoth({}, ({ item }) =>
      observe((done) => item.notificationMessages.addAsync("k", details({ ...INSIGHT, actions: [] }), done)),
    );
    expect(seen).toEqual(SUCCEEDED);
  });

  it("a key over 32 characters throws; a duplicate key answers 9023; a sixth infobar answers 9025", async () => {
    const seen = await inBoth({}, async ({ item }) => {
      const bars = item.notificationMessages;
      const results: Observed[] = [await observe((done) => bars.addAsync("k".repeat(33), details(INFO), done))];
      for (let i = 1; i <= 5; i++) results.push(await observe((done) => bars.addAsync(`bar${i}`, details(INFO), done)));
      results.push(await observe((done) => bars.addAsync("bar1", details(INFO), done)));
      results.push(await observe((done) => bars.addAsync("bar6", details(INFO), done)));
      results.push(await observe((done) => bars.replaceAsync("bar6", details(INFO), done)));
      results.push(await observe((done) => bars.replaceAsync("bar5", details({ ...INFO, message: "Five." }), done)));
      return results;
    });
    expect(seen).toEqual([
      { threw: "Sys.ArgumentOutOfRangeException", parameter: "key" },
      ...Array.from({ length: 5 }, () => SUCCEEDED),
      { status: "failed", code: 9023, name: "DuplicateNotificationKey" },
      { status: "failed", code: 9025, name: "NumberOfNotificationsExceeded" },
      { status: "failed", code: 9025, name: "NumberOfNotificationsExceeded" },
      SUCCEEDED,
    ]);
  });
});

describe("session data", () => {
  it("stores, lists, removes and clears strings; a missing name answers 9050", async () => {
    const seen = await inBoth({}, async ({ item }) => {
      const data = item.sessionData;
      return [
        await observe((done) => data.setAsync("undo", '{"v":1}', done)),
        await observe((done) => data.setAsync("empty", "", done)),
        await observe((done) => data.getAsync("undo", done)),
        await observe((done) => data.getAllAsync(done)),
        await observe((done) => data.removeAsync("undo", done)),
        await observe((done) => data.getAsync("undo", done)),
        await observe((done) => data.clearAsync(done)),
        await observe((done) => data.getAllAsync(done)),
      ];
    });
    expect(seen).toEqual([
      SUCCEEDED,
      SUCCEEDED,
      { status: "succeeded", value: '{"v":1}' },
      { status: "succeeded", value: { undo: '{"v":1}', empty: "" } },
      SUCCEEDED,
      { status: "failed", code: 9050, name: "KeyNotFound" },
      SUCCEEDED,
      { status: "succeeded", value: {} },
    ]);
  });

  it("refuses an empty name or a value that is not a string before the host", async () => {
    const seen = await inBoth({}, async ({ item, host }) => ({
      emptyName: await observe((done) => item.sessionData.setAsync("", "x", done)),
      missingValue: await observe((done) => item.sessionData.setAsync("undo", undefined as unknown as string, done)),
      objectValue: await observe((done) => item.sessionData.setAsync("undo", { list: [] } as unknown as string, done)),
      numberName: await observe((done) => item.sessionData.getAsync(7 as unknown as string, done)),
      calls: host.callCount(),
    }));
    expect(seen).toEqual({
      emptyName: { threw: "Sys.ArgumentNullException", parameter: "name" },
      missingValue: { threw: "Sys.ArgumentNullException", parameter: "value" },
      objectValue: { threw: "Sys.ArgumentTypeException", parameter: "value" },
      numberName: { threw: "Sys.ArgumentTypeException", parameter: "name" },
      calls: 0,
    });
  });

  it("answers 9051 and keeps the old data when the whole object would pass 50,000 characters (Mailbox 1.15)", async () => {
    const seen = await inBoth({}, async ({ item, host }) => [
      await observe((done) => item.sessionData.setAsync("a", "x".repeat(30_000), done)),
      await observe((done) => item.sessionData.setAsync("b", "y".repeat(20_000), done)),
      Object.keys(host.getSnapshot().sessionData),
    ]);
    expect(seen).toEqual([SUCCEEDED, { status: "failed", code: 9051, name: "SessionObjectMaxLengthExceeded" }, ["a"]]);
  });
});

describe("the context Outlook gives the add-in", () => {
  it("getInitializationContextAsync gives the context data, or an empty string", async () => {
    const withData = await inBoth({ initializationContext: '{"source":"send","action":"block"}' }, ({ item }) =>
      observe((done) => item.getInitializationContextAsync(done)),
    );
    const without = await inBoth({}, ({ item }) => observe((done) => item.getInitializationContextAsync(done)));
    expect(withData).toEqual({ status: "succeeded", value: '{"source":"send","action":"block"}' });
    expect(without).toEqual({ status: "succeeded", value: "" });
  });

  it.each(["1.14", "1.15", "1.16"] as const)(
    "isSetSupported answers numerically for a host at Mailbox %s",
    async (set) => {
      const queries: [string, (string | number)?][] = [
        ["Mailbox", "1.1"],
        ["Mailbox", "1.7"],
        ["Mailbox", "1.9"],
        ["mailbox", "1.14"],
        ["Mailbox", "1.15"],
        ["Mailbox", "1.16"],
        ["Mailbox", "2.0"],
        ["Mailbox", 1.1],
        ["Mailbox"],
        ["DialogApi", "1.1"],
      ];
      const seen = await inBoth({ requirementSet: set }, async ({ office }) =>
        queries.map(([name, version]) => office.context.requirements.isSetSupported(name, version as string)),
      );
      const minor = Number(set.split(".")[1]);
      expect(seen).toEqual([true, true, true, true, minor >= 15, minor >= 16, false, true, true, false]);
    },
  );

  it("display language, user profile, diagnostics, host and platform", async () => {
    const profile = {
      displayName: "Ines Duval",
      emailAddress: "ines@contoso.fr",
      accountType: "enterprise",
      timeZone: "Romance Standard Time",
    };
    const seen = await inBoth({ displayLanguage: "fr-FR", userProfile: profile }, async ({ office }) => {
      const mailbox = office.context.mailbox;
      return {
        displayLanguage: office.context.displayLanguage,
        host: String(office.context.host),
        platform: String(office.context.platform),
        ready: plain(await office.onReady()),
        profile: pick(mailbox.userProfile, ["displayName", "emailAddress", "accountType", "timeZone"]),
        diagnostics: pick(mailbox.diagnostics, ["hostName", "hostVersion", "OWAView"]),
        itemType: String(mailbox.item?.itemType),
      };
    });
    expect(seen).toEqual({
      displayLanguage: "fr-FR",
      host: "Outlook",
      platform: "OfficeOnline",
      ready: expect.objectContaining({ host: "Outlook", platform: "OfficeOnline" }),
      profile,
      diagnostics: { hostName: "OutlookWebApp", hostVersion: "16.0.0.0", OWAView: "OneColumn" },
      itemType: "message",
    });
  });
});

describe("item events", () => {
  it("RecipientsChanged reaches a handler added with addHandlerAsync, once per change, until it is removed", async () => {
    const seen = await inBoth({}, async ({ item, host, office }) => {
      const events: unknown[] = [];
      const added = await observe((done) =>
        item.addHandlerAsync(office.EventType.RecipientsChanged, (event: unknown) => events.push(plain(event)), done),
      );
      host.userSetRecipients("cc", ["ann@fabrikam.com"]);
      await settle();
      host.loadCompose({ to: ["bob@fabrikam.com"], bcc: ["cy@fabrikam.com"] });
      await settle();
      const removed = await observe((done) => item.removeHandlerAsync(office.EventType.RecipientsChanged, done));
      host.userSetRecipients("cc", []);
      await settle();
      return { added, removed, events };
    });
    expect(seen).toEqual({
      added: SUCCEEDED,
      removed: SUCCEEDED,
      events: [
        { type: "olkRecipientsChanged", changedRecipientFields: { to: false, cc: true, bcc: false } },
        { type: "olkRecipientsChanged", changedRecipientFields: { to: true, cc: false, bcc: true } },
      ],
    });
  });

  it("an event type the item does not have fails with 5007 through the callback, without a host call", async () => {
    const seen = await inBoth({}, async ({ item, host }) => ({
      add: await observe((done) =>
        item.addHandlerAsync("olkNoSuchEvent" as unknown as Office.EventType, () => undefined, done),
      ),
      remove: await observe((done) => item.removeHandlerAsync("olkNoSuchEvent" as unknown as Office.EventType, done)),
      calls: host.callCount(),
    }));
    const unsupported = { status: "failed", code: 5007, name: "Unsupported Enumeration" };
    expect(seen).toEqual({ add: unsupported, remove: unsupported, calls: 0 });
  });

  it("the 2022 build has no InitializationContextChanged: addHandlerAsync fails with 5007 where the fake (like today's Outlook) accepts it", async () => {
    const add = async ({ item }: Runtime) =>
      observe((done) =>
        item.addHandlerAsync("olkInitializationContextChanged" as unknown as Office.EventType, () => undefined, done),
      );
    const fake = await openRuntime("fake", { requirementSet: "1.15" });
    const real = await openRuntime("real", { requirementSet: "1.15" });
    try {
      expect(await add(fake)).toEqual(SUCCEEDED);
      expect(await add(real)).toEqual({ status: "failed", code: 5007, name: "Unsupported Enumeration" });
      expect(
        (real.office.EventType as unknown as Record<string, unknown>).InitializationContextChanged,
      ).toBeUndefined();
    } finally {
      fake.close();
      real.close();
    }
  });
});

describe("host faults", () => {
  it.each([
    [undefined, 9002, "InternalFormatError"],
    ["InternalServerError", 9042, "InternalServerError"],
    ["APICallFailedDueToItemChange", 9030, "APICallFailedDueToItemChange"],
  ] as const)("a failing %s fault surfaces with the same code and name", async (error, code, name) => {
    const seen = await inBoth({}, async ({ item, host }) => {
      host.injectFault({ method: "bcc.addAsync", call: 2, kind: "fail", ...(error ? { error } : {}) });
      return [
        await observe((done) => item.bcc.addAsync(["ann@fabrikam.com"], done)),
        await observe((done) => item.bcc.addAsync(["bob@fabrikam.com"], done)),
        host.getSnapshot().bcc.map((r) => r.emailAddress),
      ];
    });
    expect(seen).toEqual([SUCCEEDED, { status: "failed", code, name }, ["ann@fabrikam.com"]]);
  });
});

describe("launch events and function commands", () => {
  const onSend = (runtime: Runtime) =>
    runtime.office.actions.associate(
      "onMessageSendHandler",
      (event: { completed(options?: object): void; type?: string }) => {
        runtime.item.to.getAsync((result) => {
          const count = Array.isArray(result.value) ? result.value.length : -1;
          if (count < 3) event.completed({ allowEvent: true });
          else
            event.completed({
              allowEvent: false,
              errorMessage: `${count} people can see each other (${event.type}).`,
              cancelLabel: "Move to Bcc",
              commandId: "moveToBccButton",
              contextData: JSON.stringify({ count }),
              sendModeOverride: "promptUser",
            });
        });
      },
    );

  it("OnMessageSend completes with the same options through the host's dispatch", async () => {
    const seen = await inBoth({ to: addresses(4, "fabrikam.com") }, async (runtime) => {
      onSend(runtime);
      const result = await runtime.dispatch("onMessageSendHandler", { type: "messageSend" });
      await settle();
      return { result, completedCalls: runtime.host.lastDispatch?.completedCalls };
    });
    expect(seen).toEqual({
      result: {
        completed: true,
        options: {
          allowEvent: false,
          errorMessage: "4 people can see each other (messageSend).",
          cancelLabel: "Move to Bcc",
          commandId: "moveToBccButton",
          contextData: '{"count":4}',
          sendModeOverride: "promptUser",
        },
      },
      completedCalls: 1,
    });
  });

  it("names match without regard to case; an unknown name ends as no-handler; completed() twice counts twice", async () => {
    const seen = await inBoth({ to: addresses(1, "fabrikam.com") }, async (runtime) => {
      onSend(runtime);
      runtime.office.actions.associate("twice", (event: { completed(options?: object): void }) => {
        event.completed();
        event.completed({ allowEvent: false });
      });
      const byOtherCase = await runtime.dispatch("ONMESSAGESENDHANDLER", { type: "messageSend" });
      const unknown = await runtime.dispatch("noSuchFunction", {});
      const twice = await runtime.dispatch("twice", {});
      await settle();
      return { byOtherCase, unknown, twice, completedCalls: runtime.host.lastDispatch?.completedCalls };
    });
    expect(seen).toEqual({
      byOtherCase: { completed: true, options: { allowEvent: true } },
      unknown: { completed: false, reason: "no-handler" },
      twice: { completed: true, options: undefined },
      completedCalls: 2,
    });
  });

  it("a handler that throws: the fake reports it, the host behind real Office.js only sees no completion", async () => {
    const outcomes: Record<string, unknown> = {};
    for (const kind of ["fake", "real"] as const) {
      const runtime = await openRuntime(kind);
      try {
        runtime.office.actions.associate("broken", () => {
          throw new Error("boom");
        });
        outcomes[kind] = await runtime.dispatch("broken", {}, { timeoutMs: 300 });
      } finally {
        runtime.close();
      }
    }
    expect(outcomes.fake).toMatchObject({ completed: false, reason: "threw" });
    expect(outcomes.real).toEqual({ completed: false, reason: "timeout" });
  });
});

/** Like `observe`, but reports only the status and asyncContext of the AsyncResult. */
async function observeTail(start: (callback: (result: Office.AsyncResult<unknown>) => void) => void) {
  let context: unknown;
  const observed = await observe((callback) =>
    start((result) => {
      context = result.asyncContext ?? null;
      callback(result);
    }),
  );
  return "status" in observed ? { status: observed.status, context: plain(context) } : observed;
}

function pick(source: unknown, keys: readonly string[]): Record<string, unknown> {
  const record = source as Record<string, unknown>;
  return Object.fromEntries(keys.map((key) => [key, record[key]]));
}
