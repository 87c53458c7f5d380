import { describe, expect, it } from "vitest";

import { DEFAULT_POLICY } from "./defaultPolicy.ts";
import type { Message } from "./message.ts";
import { findMoveRefusal } from "./moveRefusal.ts";
import { planMoveInDetail, planMoveToBcc } from "./planMoveToBcc.ts";
import type { Policy } from "./policy.ts";

const policy: Policy = { ...DEFAULT_POLICY, internalDomains: ["contoso.com"] };
const customers = ["a@gmail.com", "b@libero.it", "c@naver.com"];

function refusal(message: Message) {
  return findMoveRefusal(planMoveInDetail({ from: "me@contoso.com", ...message }, policy), 500);
}

describe("findMoveRefusal: the pane agrees with bcc-guard plan", () => {
  it("never lets a typo stop the others from moving: the typo is written back as the text it was", () => {
    const message: Message = { to: ["not-an-address", ...customers], cc: ["Name <broken"] };
    const plan = planMoveToBcc({ from: "me@contoso.com", ...message }, policy);
    expect([plan.moved, plan.to.map((r) => r.emailAddress)]).toEqual([3, ["not-an-address"]]);
    expect(refusal(message)).toBeNull();
  });

  it("still refuses to rewrite a field with a personal contact group, which Outlook cannot write back", () => {
    const group = { emailAddress: "", displayName: "PrEP patients", recipientType: "distributionList" };
    expect(refusal({ to: [group, ...customers] })).toEqual({
      kind: "refused-unresolved",
      field: "to",
      names: ["PrEP patients"],
    });
  });

  it("moves the others when the contact group sits in a field the move leaves alone", () => {
    const group = { emailAddress: "", displayName: "Partners", recipientType: "distributionList" };
    expect(refusal({ to: customers, cc: [group] })).toBeNull();
  });
});
