import { describe, expect, it } from "vitest";

import { DEFAULT_POLICY } from "../../engine/index.ts";
import type { Message, Policy } from "../../engine/index.ts";
import { EN_PANE } from "../../engine/texts/en/pane.ts";
import { FR_PANE } from "../../engine/texts/fr/pane.ts";

import { viewMessage } from "./messageView.ts";

const POLICY: Policy = { ...DEFAULT_POLICY, internalDomains: ["contoso.com"] };
const customers = (count: number): string[] => Array.from({ length: count }, (_, i) => `buyer@customer${i}.com`);
const allCustomers = { emailAddress: "", displayName: "All customers", recipientType: "distributionList" };

const view = (message: Message, fieldLimit = 500, sessionDataLimit?: number) =>
  viewMessage({ from: "anna@contoso.com", ...message }, POLICY, fieldLimit, sessionDataLimit);

describe("what the pane shows about a message", () => {
  it("counts each field, and offers the move with what it will do", () => {
    const shown = view({ to: customers(6), cc: ["dana@contoso.com"], bcc: ["hidden@fabrikam.com"] });
    expect(shown.fieldCounts).toEqual({ to: 6, cc: 1, bcc: 1 });
    expect(shown.verdict.action).toBe("warn");
    expect(shown.audience).toMatchObject({ outside: 6, colleagues: 1 });
    expect(shown.blocker).toBeNull();
    expect(EN_PANE.move.preview(shown.preview)).toBe(
      "Moves 6 people to Bcc, keeps 1 colleague visible and puts you in To.",
    );
    expect(FR_PANE.move.preview(shown.preview)).toBe(
      "Déplace 6 personnes en Cci, laisse 1 collègue visible et vous place dans À.",
    );
    expect(shown.undoFits).toBe(true);
  });

  it("says before the click that a contact group in a field the move must rewrite stops it", () => {
    const shown = view({ to: [...customers(6), allCustomers] });
    expect(shown.blocker).toEqual({ kind: "refused-unresolved", field: "to", names: ["All customers"] });
    expect(EN_PANE.move.blockedByGroups(EN_PANE.fields.to, ["All customers"])).toBe(
      "Move to Bcc can't run while To holds the contact group All customers: " +
        "expand it (select the + next to its name) or remove it first.",
    );
  });

  it("lets the move run around a contact group in a field it leaves alone", () => {
    const shown = view({ to: customers(6), cc: [allCustomers] });
    expect(shown.blocker).toBeNull();
    expect(shown.preview).toMatchObject({ moved: 6, cannotMove: 1 });
  });

  it("says before the click when Bcc would hold more people than the client allows", () => {
    const shown = view({ to: customers(12), bcc: ["hidden@fabrikam.com"] }, 10);
    expect(shown.blocker).toEqual({ kind: "refused-field-limit", field: "bcc", wouldHave: 13, limit: 10 });
    expect(FR_PANE.move.blockedByLimit(FR_PANE.fields.bcc, 13, 10)).toBe(
      "«\u00a0Déplacer en Cci\u00a0» ne peut pas s'exécuter\u00a0: Cci contiendrait 13 personnes, et Outlook en " +
        "accepte 10 par champ. Envoyez le message en plusieurs fois.",
    );
  });

  it("has nothing to refuse when there is nothing to move", () => {
    const shown = view({ to: ["dana@contoso.com"] }, 0);
    expect(shown.preview.moved).toBe(0);
    expect(shown.blocker).toBeNull();
  });

  it("knows when the list is too long for an undo copy, so the pane can say so before the click", () => {
    expect(view({ to: customers(300) }, 500, 2_000).undoFits).toBe(false);
    expect(view({ to: customers(300) }, 500, 50_000).undoFits).toBe(true);
  });
});
