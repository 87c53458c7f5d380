import { describe, expect, it } from "vitest";

import { assessMessage, DEFAULT_POLICY, planMoveToBcc } from "../../engine/index.ts";
import type { Message, Policy } from "../../engine/index.ts";
import { DE_PANE } from "../../engine/texts/de/pane.ts";
import { EN_PANE } from "../../engine/texts/en/pane.ts";
import { JA_PANE } from "../../engine/texts/ja/pane.ts";

import { movePreviewFacts } from "./movePreview.ts";

const POLICY: Policy = { ...DEFAULT_POLICY, internalDomains: ["contoso.com"] };
const customers = (count: number): string[] => Array.from({ length: count }, (_, i) => `buyer@customer${i}.com`);

/** The figures the preview is written from, read off the plan the move would apply. */
function preview(message: Message, policy: Policy = POLICY) {
  const full = { from: "anna@contoso.com", ...message };
  return movePreviewFacts(planMoveToBcc(full, policy), assessMessage(full, policy).audience);
}

describe("what Move to Bcc says it will do, before the click", () => {
  it("moves the outside people and keeps the colleagues visible", () => {
    const facts = preview({ to: [...customers(298), "dana@contoso.com", "eve@contoso.com"] });
    expect(facts).toEqual({ moved: 298, kept: 2, keptAreColleagues: true, senderAddedToTo: false, cannotMove: 0 });
    expect(EN_PANE.move.preview(facts)).toBe("Moves 298 people to Bcc and keeps 2 colleagues visible.");
    expect(DE_PANE.move.preview(facts)).toBe("Verschiebt 298 Personen in Bcc und lässt 2 interne Personen sichtbar.");
  });

  it("puts the sender in To when nobody would be left there", () => {
    const facts = preview({ to: customers(3) });
    expect(facts).toMatchObject({ moved: 3, kept: 0, senderAddedToTo: true });
    expect(EN_PANE.move.preview(facts)).toBe("Moves 3 people to Bcc and puts you in To.");
    expect(JA_PANE.move.preview(facts)).toBe("3人を BCC に移動します。あなたを宛先に追加します。");
  });

  it("does not count the sender, put in To by the move, among the people kept visible", () => {
    const facts = preview({ to: customers(3), cc: ["anna@contoso.com"] });
    expect(facts.kept).toBe(0);
  });

  it("says people, not colleagues, when an exempt outside address stays visible", () => {
    const facts = preview(
      { to: [...customers(4), "auditor@kpmg.com", "dana@contoso.com"] },
      { ...POLICY, exemptRecipients: ["auditor@kpmg.com"] },
    );
    expect(facts).toMatchObject({ moved: 4, kept: 2, keptAreColleagues: false });
    expect(EN_PANE.move.preview(facts)).toBe("Moves 4 people to Bcc and keeps 2 people visible.");
  });

  it("leaves contact groups where they are, and says so", () => {
    const group = { emailAddress: "", displayName: "All customers", recipientType: "distributionList" };
    const facts = preview({ to: ["dana@contoso.com"], cc: [...customers(2), group] });
    expect(facts).toMatchObject({ moved: 2, cannotMove: 1 });
    expect(EN_PANE.move.preview(facts)).toBe(
      "Moves 2 people to Bcc, keeps 1 colleague visible and leaves 1 contact group where it is.",
    );
  });

  it("has nothing to move when only colleagues are in To and Cc", () => {
    const facts = preview({ to: ["dana@contoso.com"] });
    expect(facts.moved).toBe(0);
    expect(EN_PANE.move.nothingToMove).toBe("Nothing to move: no one in To or Cc needs to be in Bcc.");
  });
});
