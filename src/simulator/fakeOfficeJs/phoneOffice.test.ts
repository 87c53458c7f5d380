import { describe, expect, it } from "vitest";

import { OutlookHost } from "../host/outlookHost.ts";
import { createFakeOffice } from "./fakeOffice.ts";
import { createPhoneOffice } from "./phoneOffice.ts";

const OFFICE_THEME = {
  bodyBackgroundColor: "#ffffff",
  bodyForegroundColor: "#000000",
  controlBackgroundColor: "#f3f2f1",
  controlForegroundColor: "#323130",
};

const people = (n: number) => Array.from({ length: n }, (_, i) => `p${i}@fabrikam.com`);

function call<T>(invoke: (callback: (result: { status: string; value: T }) => void) => void): Promise<T> {
  return new Promise((resolve) => invoke((result) => resolve(result.value)));
}

describe("the phone's Office (Outlook for iOS and Android)", () => {
  it("hands back at most 100 recipients per field", async () => {
    const host = new OutlookHost({ client: "ios", to: people(300), cc: people(20) });
    const { item } = createPhoneOffice(host, "ios").context.mailbox;
    const to = (item as unknown as { to: { getAsync: (cb: (r: never) => void) => void } }).to;
    expect(await call<unknown[]>((cb) => to.getAsync(cb as never))).toHaveLength(100);
    const cc = (item as unknown as { cc: { getAsync: (cb: (r: never) => void) => void } }).cc;
    expect(await call<unknown[]>((cb) => cc.getAsync(cb as never))).toHaveLength(20);
  });

  it("shows one notice at a time on a phone, where a desktop keeps up to five", async () => {
    const details = { type: "errorMessage" as const, message: "m" };
    const phoneHost = new OutlookHost({ client: "android" });
    await phoneHost.addNotification("a", details);
    await phoneHost.addNotification("b", details);
    expect(phoneHost.getSnapshot().notifications.map((n) => n.key)).toEqual(["b"]);

    const desktopHost = new OutlookHost();
    await desktopHost.addNotification("a", details);
    await desktopHost.addNotification("b", details);
    expect(desktopHost.getSnapshot().notifications.map((n) => n.key)).toEqual(["a", "b"]);
  });

  it("has each API beyond Mailbox 1.5 only from the app version Microsoft lists", () => {
    const members = (version: string) =>
      Object.keys(createPhoneOffice(new OutlookHost({ client: "ios" }), "ios", { version }).context.mailbox.item!);
    expect(members("4.2352.0")).toEqual(expect.arrayContaining(["from", "getComposeTypeAsync"]));
    expect(members("4.2352.0")).not.toContain("internetHeaders");
    expect(members("4.2405.0")).toContain("internetHeaders");
    expect(members("4.2405.0")).not.toContain("sessionData");
    expect(members("4.2425.0")).toContain("sessionData");
    for (const version of ["4.2352.0", "4.2530.0"])
      expect(members(version)).not.toEqual(
        expect.arrayContaining(["addHandlerAsync", "getInitializationContextAsync"]),
      );
  });

  it("keeps the internet headers the add-in sets, for the Sent message to carry", async () => {
    const host = new OutlookHost({ client: "ios" });
    const headers = (
      createPhoneOffice(host, "ios").context.mailbox.item as unknown as {
        internetHeaders: {
          setAsync: (h: unknown, cb: () => void) => void;
          getAsync: (n: string[], cb: (r: never) => void) => void;
        };
      }
    ).internetHeaders;
    await new Promise<void>((resolve) => headers.setAsync({ "X-BCC-Guard": "v=1; action=warn" }, resolve));
    expect(host.getSnapshot().internetHeaders).toEqual({ "X-BCC-Guard": "v=1; action=warn" });
    expect(await call((cb) => headers.getAsync(["X-BCC-Guard", "X-Other"], cb as never))).toEqual({
      "X-BCC-Guard": "v=1; action=warn",
    });
    expect(() => headers.setAsync({ "X-A": 1 }, () => undefined)).toThrow(/string value/);
  });

  it("lacks what a desktop has: insight infobars, the theme, the account type and Mailbox sets past 1.5", () => {
    const host = new OutlookHost({ client: "android", officeTheme: OFFICE_THEME });
    const phone = createPhoneOffice(host, "android");
    const desktop = createFakeOffice(host);
    const notices = (
      phone.context.mailbox.item as unknown as {
        notificationMessages: { addAsync: (key: string, details: unknown) => void };
      }
    ).notificationMessages;

    const insight = {
      type: "insightMessage",
      message: "42 people can see each other",
      icon: "icon-16",
      actions: [{ actionType: "showTaskPane", actionText: "Review", commandId: "openPane" }],
    };
    expect(() => notices.addAsync("k", insight)).toThrow(/Sys\.ArgumentException.*no insight messages/s);
    expect(host.callCount()).toBe(0);
    desktop.context.mailbox.item.notificationMessages.addAsync("k", insight as never);
    expect(host.callCount("notificationMessages.addAsync")).toBe(1);
    expect("officeTheme" in phone.context).toBe(false);
    expect(desktop.context.officeTheme).toEqual(OFFICE_THEME);
    expect(phone.context.mailbox.userProfile).not.toHaveProperty("accountType");
    expect(desktop.context.mailbox.userProfile).toHaveProperty("accountType", "enterprise");
    expect(phone.context.requirements.isSetSupported("Mailbox", "1.5")).toBe(true);
    expect(phone.context.requirements.isSetSupported("Mailbox", "1.6")).toBe(false);
    expect(desktop.context.requirements.isSetSupported("Mailbox", "1.15")).toBe(true);
    expect(Object.isFrozen(phone.context.mailbox.item)).toBe(true);
    expect(phone.PlatformType).toEqual({ iOS: "iOS", Android: "Android" });
    expect(phone.context.platform).toBe("Android");
  });
});
