import { describe, expect, it } from "vitest";

import { CallLatency } from "./callLatency.ts";

describe("CallLatency", () => {
  it("answers at once until told otherwise", () => {
    expect(new CallLatency().for("to.getAsync")).toBe(0);
  });

  it("gives every method the default, and a method with its own latency that one", () => {
    const latency = new CallLatency();
    latency.set(40);
    latency.set(900, "bcc.addAsync");
    expect(latency.for("to.getAsync")).toBe(40);
    expect(latency.for("bcc.addAsync")).toBe(900);
  });

  it("drops the per-method latencies on clearMethods and everything on reset", () => {
    const latency = new CallLatency();
    latency.set(40);
    latency.set(900, "bcc.addAsync");
    latency.clearMethods();
    expect(latency.for("bcc.addAsync")).toBe(40);
    latency.set(900, "bcc.addAsync");
    latency.reset();
    expect(latency.for("bcc.addAsync")).toBe(0);
    expect(latency.for("to.getAsync")).toBe(0);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])("refuses %s ms, keeping what was set", (ms) => {
    const latency = new CallLatency();
    latency.set(25);
    expect(() => latency.set(ms)).toThrow(RangeError);
    expect(() => latency.set(ms, "to.getAsync")).toThrow(/non-negative/);
    expect(latency.for("to.getAsync")).toBe(25);
  });
});
