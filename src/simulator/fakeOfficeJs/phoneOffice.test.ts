import { describe, expect, it } from "vitest";

import { OutlookHost } from "../host/outlookHost.ts";
import { createPhoneOffice } from "./phoneOffice.ts";

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
});
