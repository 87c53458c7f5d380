import { describe, expect, it } from "vitest";

import { FaultPlan } from "./faultPlan.ts";

describe("FaultPlan", () => {
  it("breaks only the Nth call of its method made after it was injected, with 9002's kind by default", () => {
    const plan = new FaultPlan();
    plan.take("bcc.addAsync"); // before the injection: not counted
    plan.inject({ method: "bcc.addAsync", call: 2, kind: "fail" });

    expect(plan.take("to.setAsync")).toBeUndefined();
    expect(plan.take("bcc.addAsync")).toBeUndefined();
    expect(plan.take("bcc.addAsync")).toEqual({ kind: "fail", error: "InternalFormatError" });
    expect(plan.take("bcc.addAsync")).toBeUndefined();
    expect(plan.pending).toEqual([]);
  });

  it("breaks every call of its method, with the error asked for, until it is removed", () => {
    const plan = new FaultPlan();
    const remove = plan.inject({ method: "to.getAsync", kind: "fail", error: "APICallFailedDueToItemChange" });
    expect(plan.take("to.getAsync")).toEqual({ kind: "fail", error: "APICallFailedDueToItemChange" });
    expect(plan.take("to.getAsync")).toEqual({ kind: "fail", error: "APICallFailedDueToItemChange" });
    remove();
    expect(plan.take("to.getAsync")).toBeUndefined();
  });

  it("counts a call against every fault, so each keeps its own numbering, and the oldest hit wins", () => {
    const plan = new FaultPlan();
    plan.inject({ method: "cc.setAsync", kind: "hang" });
    plan.inject({ method: "cc.setAsync", call: 2, kind: "fail" });
    expect(plan.take("cc.setAsync")).toEqual({ kind: "hang", error: "InternalFormatError" });
    expect(plan.take("cc.setAsync")?.kind).toBe("hang");
    // The numbered fault's 2nd call has passed under the hang: it can never fire and is gone.
    expect(plan.pending).toEqual([{ method: "cc.setAsync", kind: "hang" }]);
  });

  it("lists waiting faults oldest first as copies, and empties on clear", () => {
    const plan = new FaultPlan();
    const spec = { method: "bcc.setAsync" as const, call: 1, kind: "fail" as const };
    plan.inject(spec);
    plan.inject({ method: "to.getAsync", kind: "hang" });
    expect(plan.pending).toEqual([spec, { method: "to.getAsync", kind: "hang" }]);
    expect(plan.pending[0]).not.toBe(spec);
    plan.clear();
    expect(plan.pending).toEqual([]);
  });

  it.each([0, -1, 1.5])("refuses call number %s", (call) => {
    expect(() => new FaultPlan().inject({ method: "to.getAsync", call, kind: "fail" })).toThrow(/counts from 1/);
  });
});
