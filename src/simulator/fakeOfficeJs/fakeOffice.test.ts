import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { OutlookHost } from "../host/outlookHost.ts";
import type { MailboxRequirementSet } from "../host/requirementSets.ts";
import { createFakeOffice } from "./fakeOffice.ts";
import type { FakeAsyncResult } from "./officeAsyncCall.ts";

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

const addresses = (count: number) => Array.from({ length: count }, (_, i) => `p${i}@fabrikam.com`);

/** Calls an Office-style method with a callback and resolves with its AsyncResult once timers ran. */
async function officeCall<T>(
  start: (callback: (result: FakeAsyncResult<T>) => void) => void,
): Promise<FakeAsyncResult<T>> {
  let received: FakeAsyncResult<T> | undefined;
  start((result) => {
    received = result;
  });
  await vi.runAllTimersAsync();
  if (!received) throw new Error("The callback was never called.");
  return received;
}

function setup(options?: ConstructorParameters<typeof OutlookHost>[0]) {
  const host = new OutlookHost(options);
  const office = createFakeOffice(host);
  return { host, office, item: office.context.mailbox.item };
}

describe("fake Office recipients", () => {
  it("throws on 101 recipients in one addAsync before anything reaches the host", () => {
    const { host, item } = setup();
    const callback = vi.fn();

    expect(() => item.bcc.addAsync(addresses(101), callback)).toThrow(
      /Sys\.ArgumentOutOfRangeException.*recipients.*101/s,
    );
    expect(() => item.to.setAsync(addresses(101))).toThrow(/recipients/);
    expect(host.callCount()).toBe(0);
    expect(callback).not.toHaveBeenCalled();
  });

  it("sends 100 recipients in one call", async () => {
    const { host, item } = setup();
    const result = await officeCall<void>((done) => item.bcc.addAsync(addresses(100), done));
    expect(result.status).toBe("succeeded");
    expect(host.getSnapshot().bcc).toHaveLength(100);
    expect(host.callCount("bcc.addAsync")).toBe(1);
  });

  it("throws for a bad entry without calling the host", () => {
    const { host, item } = setup();
    expect(() => item.cc.setAsync([{ displayName: "" }])).toThrow(/Sys\.ArgumentException/);
    expect(() => item.cc.setAsync([{ emailAddress: "a@b.com", displayName: "n".repeat(256) }])).toThrow(/256/);
    expect(host.callCount()).toBe(0);
  });

  it("stores strings as address and name, keeps given names and names the rest by address", async () => {
    const { item } = setup();
    await officeCall<void>((done) =>
      item.to.setAsync(
        [
          "ann@fabrikam.com",
          { emailAddress: "bob@tailspin.com", displayName: "Bob" },
          { emailAddress: "cy@contoso.com" },
        ],
        done,
      ),
    );
    const read = await officeCall<unknown>((done) => item.to.getAsync(done));
    expect(read.value).toEqual([
      { emailAddress: "ann@fabrikam.com", displayName: "ann@fabrikam.com" },
      { emailAddress: "bob@tailspin.com", displayName: "Bob" },
      { emailAddress: "cy@contoso.com", displayName: "cy@contoso.com" },
    ]);
  });

  it("answers 9012 through the callback when a field would pass 500 recipients at Mailbox 1.15", async () => {
    const { host, item } = setup({ bcc: addresses(450) });
    const result = await officeCall<void>((done) =>
      item.bcc.addAsync(addresses(51), { asyncContext: "chunk 5" }, done),
    );
    expect(result).toEqual({
      status: "failed",
      value: undefined,
      error: expect.objectContaining({ code: 9012, name: "NumberOfRecipientsExceeded" }),
      asyncContext: "chunk 5",
    });
    expect(host.getSnapshot().bcc).toHaveLength(450);
  });

  it("passes asyncContext back and lets set/add run without a callback", async () => {
    const { host, item } = setup({ cc: ["ann@fabrikam.com"] });
    item.bcc.setAsync(["bob@fabrikam.com"]);
    item.bcc.addAsync(["cy@fabrikam.com"], { asyncContext: 1 });
    const read = await officeCall<unknown>((done) => item.cc.getAsync({ asyncContext: { step: 2 } }, done));

    expect(read).toEqual({
      status: "succeeded",
      value: [{ emailAddress: "ann@fabrikam.com", displayName: "ann@fabrikam.com" }],
      asyncContext: { step: 2 },
    });
    expect(host.getSnapshot().bcc.map((r) => r.emailAddress)).toEqual(["bob@fabrikam.com", "cy@fabrikam.com"]);
  });

  it("throws when a read has no callback", () => {
    const { item } = setup();
    expect(() => item.to.getAsync()).toThrow(/callback/);
  });

  it("never calls back a call the host hangs", async () => {
    const { host, item } = setup();
    host.injectFault({ method: "to.getAsync", kind: "hang" });
    const callback = vi.fn();
    item.to.getAsync(callback);
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(callback).not.toHaveBeenCalled();
  });

  it("fails the faulted call number with the host's error", async () => {
    const { host, item } = setup();
    host.injectFault({ method: "cc.setAsync", call: 1, kind: "fail" });
    const first = await officeCall<void>((done) => item.cc.setAsync(["a@b.com"], done));
    const second = await officeCall<void>((done) => item.cc.setAsync(["a@b.com"], done));
    expect(first.error?.code).toBe(9002);
    expect(second.status).toBe("succeeded");
  });
});

describe("fake Office item surfaces", () => {
  it("reads from, subject and body, as text or html", async () => {
    const { item } = setup({ subject: "Results", body: "Hi <all>\nThanks" });
    expect((await officeCall((done) => item.from.getAsync(done))).value).toEqual({
      emailAddress: "agent@contoso.com",
      displayName: "Alex Agent",
    });
    expect((await officeCall((done) => item.subject.getAsync(done))).value).toBe("Results");
    expect((await officeCall((done) => item.body.getAsync("text", done))).value).toBe("Hi <all>\nThanks");
    const html = (await officeCall<string>((done) => item.body.getAsync("html", done))).value;
    expect(html).toContain("Hi &lt;all&gt;<br>Thanks");
    expect(() => item.body.getAsync("rtf", vi.fn())).toThrow(/coercionType/);
  });

  it("reads and removes internet headers by name, ignoring case, and throws for names that are not strings", async () => {
    const { host, item } = setup();
    await officeCall<void>((done) => item.internetHeaders.setAsync({ "X-BCC-Guard": "v=1; action=allow" }, done));
    const read = await officeCall<Record<string, string>>((done) =>
      item.internetHeaders.getAsync(["x-bcc-guard", "X-Never-Set"], done),
    );
    expect(read.value).toEqual({ "x-bcc-guard": "v=1; action=allow" });
    await officeCall<void>((done) => item.internetHeaders.removeAsync(["X-Bcc-Guard"], done));
    expect(host.getSnapshot().internetHeaders).toEqual({});
    expect(() => item.internetHeaders.getAsync([""], vi.fn())).toThrow(/names/);
    expect(() => item.internetHeaders.removeAsync("X-BCC-Guard")).toThrow(/Sys\.ArgumentException/);
  });

  it("throws for a 256-character subject and sets a 255-character one", async () => {
    const { host, item } = setup();
    expect(() => item.subject.setAsync("s".repeat(256))).toThrow(/Sys\.ArgumentOutOfRangeException/);
    await officeCall<void>((done) => item.subject.setAsync("s".repeat(255), done));
    expect(host.getSnapshot().subject).toHaveLength(255);
  });

  it("validates infobars before the host and applies the host's limits after", async () => {
    const { host, office, item } = setup();
    const { InformationalMessage, ErrorMessage } = office.MailboxEnums.ItemNotificationMessageType;

    expect(() =>
      item.notificationMessages.replaceAsync("k", {
        type: InformationalMessage,
        message: "m".repeat(151),
        icon: "i",
        persistent: false,
      }),
    ).toThrow(/Sys\.ArgumentOutOfRangeException.*message.*151/s);
    expect(() =>
      item.notificationMessages.addAsync("k", { type: ErrorMessage, message: "m", persistent: true }),
    ).toThrow(/persistent/);
    expect(host.callCount()).toBe(0);

    await officeCall<void>((done) =>
      item.notificationMessages.addAsync("k", { type: ErrorMessage, message: "Blocked" }, done),
    );
    const duplicate = await officeCall<void>((done) =>
      item.notificationMessages.addAsync("k", { type: ErrorMessage, message: "Again" }, done),
    );
    expect(duplicate.error?.code).toBe(9023);
    expect((await officeCall((done) => item.notificationMessages.getAllAsync(done))).value).toEqual([
      { key: "k", type: "errorMessage", message: "Blocked" },
    ]);
  });

  it("requires string sessionData names and values and stores them", async () => {
    const { item } = setup();
    expect(() => item.sessionData.setAsync("undo", { list: [] })).toThrow(/Sys\.ArgumentTypeException.*value/s);
    expect(() => item.sessionData.getAsync(7, vi.fn())).toThrow(/name/);
    await officeCall<void>((done) => item.sessionData.setAsync("undo", "[]", done));
    expect((await officeCall((done) => item.sessionData.getAsync("undo", done))).value).toBe("[]");
    expect((await officeCall((done) => item.sessionData.getAllAsync(done))).value).toEqual({ undo: "[]" });
  });

  it("reads the initialization context, empty when there is none", async () => {
    const { host, item } = setup();
    expect((await officeCall((done) => item.getInitializationContextAsync(done))).value).toBe("");
    host.setInitializationContext('{"action":"moveToBcc"}');
    expect((await officeCall((done) => item.getInitializationContextAsync(done))).value).toBe('{"action":"moveToBcc"}');
  });
});

describe("fake Office item events", () => {
  it("calls a RecipientsChanged handler once per change, for the add-in's and the user's edits", async () => {
    const { host, office, item } = setup();
    const handler = vi.fn();
    await officeCall<void>((done) => item.addHandlerAsync(office.EventType.RecipientsChanged, handler, done));

    await officeCall<void>((done) => item.bcc.addAsync(["ann@fabrikam.com"], done));
    host.userSetRecipients("to", ["bob@tailspin.com"]);
    await vi.runAllTimersAsync();

    expect(handler.mock.calls).toEqual([
      [{ type: "olkRecipientsChanged", changedRecipientFields: { to: false, cc: false, bcc: true } }],
      [{ type: "olkRecipientsChanged", changedRecipientFields: { to: true, cc: false, bcc: false } }],
    ]);
  });

  it("stops calling handlers after removeHandlerAsync", async () => {
    const { host, office, item } = setup();
    const handler = vi.fn();
    await officeCall<void>((done) => item.addHandlerAsync(office.EventType.RecipientsChanged, handler, done));
    await officeCall<void>((done) => item.removeHandlerAsync(office.EventType.RecipientsChanged, done));
    host.userSetRecipients("cc", ["ann@fabrikam.com"]);
    await vi.runAllTimersAsync();
    expect(handler).not.toHaveBeenCalled();
  });

  it("delivers InitializationContextChanged with the new context when the host notifies", async () => {
    const { host, office, item } = setup();
    const handler = vi.fn();
    await officeCall<void>((done) =>
      item.addHandlerAsync(office.EventType.InitializationContextChanged, handler, done),
    );
    host.setInitializationContext('{"n":1}', { notify: true });
    await vi.runAllTimersAsync();
    expect(handler).toHaveBeenCalledWith({
      type: "olkInitializationContextChanged",
      initializationContextData: '{"n":1}',
    });
  });

  it("refuses InitializationContextChanged at Mailbox 1.14 with error 5000 and never calls the handler", async () => {
    const { host, office, item } = setup({ requirementSet: "1.14" });
    const handler = vi.fn();
    const result = await officeCall<void>((done) =>
      item.addHandlerAsync(office.EventType.InitializationContextChanged, handler, done),
    );
    host.setInitializationContext("x", { notify: true });
    await vi.runAllTimersAsync();

    expect(result.error?.code).toBe(5000);
    expect(handler).not.toHaveBeenCalled();
  });
});

describe("fake Office context", () => {
  it.each<[MailboxRequirementSet, string, boolean]>([
    ["1.14", "1.14", true],
    ["1.14", "1.15", false],
    ["1.15", "1.9", true],
    ["1.15", "1.15", true],
    ["1.15", "1.16", false],
    ["1.16", "1.16", true],
    ["1.16", "1.17", false],
  ])("with Mailbox %s supports Mailbox %s: %s", (set, version, supported) => {
    const { office } = setup({ requirementSet: set });
    expect(office.context.requirements.isSetSupported("Mailbox", version)).toBe(supported);
  });

  it("supports Mailbox with no version given and no other requirement set", () => {
    const { office } = setup();
    expect(office.context.requirements.isSetSupported("mailbox")).toBe(true);
    expect(office.context.requirements.isSetSupported("IdentityAPI", "1.3")).toBe(false);
  });

  it("reads language, requirement set, theme and user from the host at every access", () => {
    const { host, office } = setup();
    const context = office.context;
    expect(context.displayLanguage).toBe("en-US");
    expect(context.officeTheme).toBeUndefined();
    expect(context.mailbox.userProfile).toMatchObject({ displayName: "Alex Agent", emailAddress: "agent@contoso.com" });

    host.setDisplayLanguage("de-DE");
    host.setRequirementSet("1.16");
    host.setOfficeTheme({
      bodyBackgroundColor: "#1f1f1f",
      bodyForegroundColor: "#ffffff",
      controlBackgroundColor: "#2b2b2b",
      controlForegroundColor: "#ffffff",
      isDarkTheme: true,
    });
    host.setUserProfile({ displayName: "Kim Admin", emailAddress: "kim@contoso.com" });

    expect(context.displayLanguage).toBe("de-DE");
    expect(context.requirements.isSetSupported("Mailbox", "1.16")).toBe(true);
    expect(context.officeTheme?.isDarkTheme).toBe(true);
    expect(context.mailbox.userProfile).toMatchObject({ displayName: "Kim Admin", emailAddress: "kim@contoso.com" });
  });

  it("identifies itself as Outlook on the web", async () => {
    const { office } = setup();
    const callback = vi.fn();
    const ready = { host: "Outlook", platform: "OfficeOnline", addin: null };
    await expect(office.onReady(callback)).resolves.toEqual(ready);
    expect(callback).toHaveBeenCalledWith(ready);
    expect(office.context.mailbox.diagnostics.hostName).toBe("OutlookWebApp");
  });

  it("registers actions.associate handlers in the host, where dispatch runs them", async () => {
    const { host, office } = setup();
    office.actions.associate("onMessageSendHandler", (event) => event.completed({ allowEvent: true }));
    let outcome: unknown;
    void host.dispatch("onMessageSendHandler", { type: "messageSend" }).then((result) => {
      outcome = result;
    });
    await vi.runAllTimersAsync();
    expect(outcome).toEqual({ completed: true, options: { allowEvent: true } });
  });
});
