import { afterEach, describe, expect, it, vi } from "vitest";

import { CallLog } from "./callLog.ts";

afterEach(() => {
  vi.useRealTimers();
});

describe("CallLog", () => {
  it("logs each call with its method and time, oldest first, and counts them by method", () => {
    vi.useFakeTimers({ now: 1_000 });
    const log = new CallLog();
    log.started("to.getAsync");
    vi.advanceTimersByTime(5);
    log.started("bcc.addAsync");
    log.started("bcc.addAsync");

    expect(log.calls).toEqual([
      { method: "to.getAsync", at: 1_000 },
      { method: "bcc.addAsync", at: 1_005 },
      { method: "bcc.addAsync", at: 1_005 },
    ]);
    expect(log.count()).toBe(3);
    expect(log.count("bcc.addAsync")).toBe(2);
    expect(log.count("cc.setAsync")).toBe(0);
  });

  it("counts calls in flight and the most there ever were at once", () => {
    const log = new CallLog();
    log.started("to.getAsync");
    log.started("cc.getAsync");
    log.started("bcc.getAsync");
    log.answered();
    log.answered();
    log.started("to.setAsync");
    expect(log.pending).toBe(2);
    expect(log.peakPending).toBe(3);
  });

  it("forgets the calls but not those still in flight, which become the new peak", () => {
    const log = new CallLog();
    log.started("to.getAsync");
    log.started("cc.getAsync");
    log.answered();
    log.forget();
    expect(log.calls).toEqual([]);
    expect(log.pending).toBe(1);
    expect(log.peakPending).toBe(1);
  });

  it("starts from nothing on reset, even with calls in flight", () => {
    const log = new CallLog();
    log.started("to.getAsync");
    log.reset();
    expect(log.calls).toEqual([]);
    expect(log.pending).toBe(0);
    expect(log.peakPending).toBe(0);
  });
});
