import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { DispatchResult } from "./actionRegistry.ts";
import { OutlookHost } from "./outlookHost.ts";

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

/** Starts a dispatch and reports its result as soon as it settles, or undefined while it runs. */
function track(promise: Promise<DispatchResult>): () => DispatchResult | undefined {
  let result: DispatchResult | undefined;
  void promise.then((settled) => {
    result = settled;
  });
  return () => result;
}

describe("OutlookHost.dispatch", () => {
  it("passes the event props to the handler and settles with the first completed options", async () => {
    const host = new OutlookHost();
    const received: unknown[] = [];
    host.actions.associate("onMessageSendHandler", (event) => {
      received.push(event.type);
      event.completed({ allowEvent: false, errorMessage: "Too many visible recipients" });
    });

    const result = track(host.dispatch("onMessageSendHandler", { type: "messageSend" }));
    expect(received).toEqual([]); // Outlook runs the handler in a later task
    await vi.runAllTimersAsync();

    expect(received).toEqual(["messageSend"]);
    expect(result()).toEqual({
      completed: true,
      options: { allowEvent: false, errorMessage: "Too many visible recipients" },
    });
    expect(host.lastDispatch?.completedCalls).toBe(1);
  });

  it("keeps the first options and counts a second completed call", async () => {
    const host = new OutlookHost();
    host.actions.associate("onSend", (event) => {
      event.completed({ allowEvent: true });
      event.completed({ allowEvent: false });
    });
    const result = track(host.dispatch("onSend", { type: "messageSend" }));
    await vi.runAllTimersAsync();

    expect(result()).toEqual({ completed: true, options: { allowEvent: true } });
    expect(host.lastDispatch?.completedCalls).toBe(2);
  });

  it("reports a handler that throws before completing, with the error", async () => {
    const host = new OutlookHost();
    const boom = new Error("boom");
    host.actions.associate("onSend", () => {
      throw boom;
    });
    const result = track(host.dispatch("onSend"));
    await vi.runAllTimersAsync();
    expect(result()).toEqual({ completed: false, reason: "threw", error: boom });
  });

  it("reports an async handler whose promise rejects before completing", async () => {
    const host = new OutlookHost();
    host.actions.associate("onSend", async () => {
      await Promise.resolve();
      throw new Error("late");
    });
    const result = track(host.dispatch("onSend"));
    await vi.runAllTimersAsync();
    expect(result()).toMatchObject({ completed: false, reason: "threw" });
  });

  it("settles at once with no-handler when nothing is associated under the name", async () => {
    const host = new OutlookHost();
    host.actions.associate("somethingElse", (event) => event.completed());
    const result = track(host.dispatch("onSend"));
    await vi.advanceTimersByTimeAsync(0);
    expect(result()).toEqual({ completed: false, reason: "no-handler" });
  });

  it("gives up on a handler that never completes after the timeout, five minutes by default", async () => {
    const host = new OutlookHost();
    host.actions.associate("onSend", () => undefined);
    const result = track(host.dispatch("onSend"));

    await vi.advanceTimersByTimeAsync(299_999);
    expect(result()).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(result()).toEqual({ completed: false, reason: "timeout" });
  });

  it("honours a shorter timeout and still counts a completed call that comes too late", async () => {
    const host = new OutlookHost();
    let late: (() => void) | undefined;
    host.actions.associate("onSend", (event) => {
      late = () => event.completed({ allowEvent: true });
    });
    const result = track(host.dispatch("onSend", {}, { timeoutMs: 5000 }));
    await vi.advanceTimersByTimeAsync(5000);
    late?.();

    expect(result()).toEqual({ completed: false, reason: "timeout" });
    expect(host.lastDispatch?.completedCalls).toBe(1);
    expect(host.lastDispatch?.result).toEqual({ completed: false, reason: "timeout" });
  });

  it("finds a handler whatever the case of its name, as Office.js does", async () => {
    const host = new OutlookHost();
    host.actions.associate("onMessageSendHandler", (event) => event.completed());
    const result = track(host.dispatch("ONMESSAGESENDHANDLER"));
    await vi.runAllTimersAsync();
    expect(result()).toEqual({ completed: true, options: undefined });
    expect(host.actions.names).toEqual(["onMessageSendHandler"]);
  });
});
