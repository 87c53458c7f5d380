import { describe, expect, it } from "vitest";

import { DEFAULT_POLICY } from "./defaultPolicy.ts";
import type { Message } from "./message.ts";
import { planMoveInDetail } from "./planMoveToBcc.ts";
import type { Policy } from "./policy.ts";

const policy: Policy = { ...DEFAULT_POLICY, internalDomains: ["contoso.com"] };
const writes = (message: Message) => planMoveInDetail({ from: "me@contoso.com", ...message }, policy).writes;

describe("what a plan writes", () => {
  it("adds to Bcc only those not there yet, and rewrites only the fields that change", () => {
    const result = writes({ to: ["a@gmail.com", "colleague@contoso.com"], cc: ["b@libero.it"], bcc: ["A@gmail.com"] });
    expect(result.bccAdditions.map((r) => r.emailAddress)).toEqual(["b@libero.it"]);
    expect(result.rewrite).toEqual({ to: true, cc: true });
    expect(result.addedToTo).toEqual([]);
    expect(writes({ to: ["colleague@contoso.com"], cc: ["b@libero.it"] }).rewrite).toEqual({ to: false, cc: true });
  });

  it("names the sender the move puts in an emptied To, for Undo to take out again", () => {
    const result = writes({ to: ["a@gmail.com", "b@libero.it"] });
    expect(result.addedToTo.map((r) => r.emailAddress)).toEqual(["me@contoso.com"]);
    expect(result.rewrite.to).toBe(true);
  });
});
