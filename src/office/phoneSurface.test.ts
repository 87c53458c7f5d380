import { describe, expect, it } from "vitest";

import { createFakeOffice } from "../simulator/fakeOfficeJs/index.ts";
import { OutlookHost } from "../simulator/host/index.ts";

import { phoneAtLeast, readPhoneClient } from "./phoneSurface.ts";

const withDiagnostics = (mailbox: unknown, common?: unknown) =>
  ({ context: { mailbox: { diagnostics: mailbox }, diagnostics: common } }) as unknown as typeof Office;

describe("telling a phone from other Outlook clients", () => {
  it("reads the app and its version from mailbox.diagnostics", () => {
    expect(readPhoneClient(withDiagnostics({ hostName: "OutlookIOS", hostVersion: "4.2425.0" }))).toEqual({
      os: "ios",
      version: "4.2425.0",
    });
    expect(readPhoneClient(withDiagnostics({ hostName: "OutlookAndroid", hostVersion: "4.2502.1" }))).toEqual({
      os: "android",
      version: "4.2502.1",
    });
  });

  it("says no phone for the web, new and classic Outlook and the Mac", () => {
    for (const hostName of ["OutlookWebApp", "newOutlookWindows", "Outlook", "Mac Outlook"])
      expect(readPhoneClient(withDiagnostics({ hostName, hostVersion: "16.0" }))).toBeNull();
    expect(readPhoneClient(createFakeOffice(new OutlookHost()) as unknown as typeof Office)).toBeNull();
  });

  it("falls back to Office.context.diagnostics.platform, and to no phone when nothing can be read", () => {
    expect(readPhoneClient(withDiagnostics(undefined, { platform: "Android", version: "4.2530.0" }))).toEqual({
      os: "android",
      version: "4.2530.0",
    });
    expect(readPhoneClient({} as typeof Office)).toBeNull();
  });

  it("compares app versions part by part", () => {
    const phone = (version: string) => ({ os: "ios" as const, version });
    expect(phoneAtLeast(phone("4.2405.0"), "4.2405.0")).toBe(true);
    expect(phoneAtLeast(phone("4.2530.0"), "4.2405.0")).toBe(true);
    expect(phoneAtLeast(phone("4.2404.9"), "4.2405.0")).toBe(false);
    expect(phoneAtLeast(phone("4.10000"), "4.2405.0")).toBe(true);
    expect(phoneAtLeast(phone(""), "4.2405.0")).toBe(false);
    expect(phoneAtLeast(phone("beta"), "4.2405.0")).toBe(false);
  });
});
