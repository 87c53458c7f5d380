import { afterEach, describe, expect, it, vi } from "vitest";

import { whenOfficeReady } from "./whenOfficeReady.ts";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe("whenOfficeReady", () => {
  it("resolves with Office once it is ready inside Outlook", async () => {
    const office = { onReady: () => Promise.resolve({ host: "Outlook" }), context: { mailbox: {} } };
    vi.stubGlobal("Office", office);
    await expect(whenOfficeReady()).resolves.toBe(office);
  });

  it("rejects when Office.js did not load, so the page can say so", async () => {
    vi.stubGlobal("Office", undefined);
    await expect(whenOfficeReady()).rejects.toThrow("Office.js is not loaded");
  });

  it("rejects when the page is opened outside Outlook", async () => {
    vi.stubGlobal("Office", { onReady: () => Promise.resolve({ host: null }), context: {} });
    await expect(whenOfficeReady()).rejects.toThrow("inside Outlook");
  });

  it("rejects when Office.js never becomes ready", async () => {
    vi.useFakeTimers();
    vi.stubGlobal("Office", { onReady: () => new Promise(() => undefined), context: { mailbox: {} } });
    const ready = whenOfficeReady(1000);
    const outcome = expect(ready).rejects.toThrow("not ready within 1000 ms");
    await vi.advanceTimersByTimeAsync(1000);
    await outcome;
  });
});
