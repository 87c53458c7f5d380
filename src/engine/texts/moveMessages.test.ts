import { describe, expect, it } from "vitest";

import { LANGUAGES } from "./language.ts";
import type { Language } from "./language.ts";
import { LIMITS } from "./limits.ts";
import { moveFacts, moveOutcomeText } from "./moveMessages.ts";
import type { MoveFacts } from "./moveMessages.ts";

describe("moveOutcomeText", () => {
  it("reports how many people moved, in the singular for one", () => {
    const moved = (n: number): MoveFacts => ({
      kind: "moved",
      moved: n,
      senderAddedToTo: false,
      cannotMove: 0,
      undo: true,
      restored: 0,
    });
    expect(moveOutcomeText(moved(312), "en")).toBe("Moved 312 people to Bcc. Undo it in the BCC Guard pane.");
    expect(moveOutcomeText(moved(1), "en")).toBe("Moved 1 person to Bcc. Undo it in the BCC Guard pane.");
    expect(moveOutcomeText(moved(1), "fr")).toBe(
      "1 personne a été déplacée en Cci. Annulez-le depuis le volet BCC Guard.",
    );
    expect(moveOutcomeText(moved(2), "de")).toBe(
      "2 Personen wurden in Bcc verschoben. Rückgängig machen können Sie das im BCC Guard-Bereich.",
    );
    expect(moveOutcomeText(moved(1_000_000), "es")).toBe(
      "Se movieron 1.000.000 de personas a CCO. Puede deshacerlo en el panel BCC Guard.",
    );
    expect(moveOutcomeText(moved(5), "ja")).toBe(
      "5人を BCC に移動しました。元に戻すには BCC Guard ウィンドウを使います。",
    );
  });

  it("says when the sender was put in To and which entries were left behind", () => {
    expect(
      moveOutcomeText(
        { kind: "moved", moved: 40, senderAddedToTo: true, cannotMove: 0, undo: true, restored: 0 },
        "en",
      ),
    ).toBe("Moved 40 people to Bcc. Undo it in the BCC Guard pane. You were added to To so that it isn't empty.");
    expect(
      moveOutcomeText(
        { kind: "moved", moved: 40, senderAddedToTo: true, cannotMove: 2, undo: true, restored: 0 },
        "en",
      ),
    ).toBe(
      "Moved 40 people to Bcc. Undo it in the BCC Guard pane. " +
        "2 entries, such as contact groups, couldn't be moved: please check them.",
    );
  });

  it("keeps the left-behind entries rather than the sender note when space is short", () => {
    const text = moveOutcomeText(
      { kind: "moved", moved: 1_000_000, senderAddedToTo: true, cannotMove: 1_000, undo: true, restored: 0 },
      "fr",
    );
    expect(text).toContain("1\u202f000 destinataires");
    expect(text.length).toBeLessThanOrEqual(LIMITS.infobar);
  });

  const BCC: Record<Language, string> = { en: "Bcc", fr: "Cci", de: "Bcc", es: "CCO", ja: "BCC" };

  it.each(LANGUAGES)("%s: a refused move names the field and both numbers", (language) => {
    const text = moveOutcomeText({ kind: "refused-field-limit", field: "bcc", wouldHave: 620, limit: 500 }, language);
    expect(text).toContain(BCC[language]);
    expect(text).toContain("620");
    expect(text).toContain("500");
  });

  it("refuses to rewrite a field with contact groups, naming a few of them safely", () => {
    expect(moveOutcomeText({ kind: "refused-unresolved", field: "to", names: ["Sales Team"] }, "en")).toBe(
      "Nothing was changed: To has a contact group (Sales Team) that can't be rewritten safely. " +
        "Expand it, then try again.",
    );
    const hostile = moveOutcomeText(
      { kind: "refused-unresolved", field: "cc", names: ["[x](https://evil.example)", "\u202EA\nB", "C".repeat(500)] },
      "en",
    );
    // The link is dropped, the override and line break are cleaned; the 500-character name does not fit beside it.
    expect(hostile).toBe(
      "Nothing was changed: Cc has 3 contact groups (A B) that can't be rewritten safely. Expand them, then try again.",
    );
    expect(hostile).not.toMatch(/https|\u202E|\n/);
  });

  it("tells the user after a failure that nobody was removed", () => {
    for (const step of ["add-bcc", "verify-bcc", "rewrite-to-cc"] as const) {
      expect(moveOutcomeText({ kind: "failed", step, lost: 0 }, "en")).toContain("Nobody was removed");
    }
    expect(moveOutcomeText({ kind: "failed", step: "read", lost: 0 }, "en")).toContain("Nothing was changed");
  });

  it("claims nobody was removed only when a read-back confirmed it; else it names how many are missing, or says it couldn't check", () => {
    const lost = moveOutcomeText({ kind: "failed", step: "rewrite-to-cc", lost: 50 }, "en");
    expect(lost).toContain("50 people are in none of To, Cc and Bcc");
    expect(lost).toContain("Undo");
    expect(lost).not.toContain("Nobody was removed");
    const one = (language: Language) => moveOutcomeText({ kind: "failed", step: "rewrite-to-cc", lost: 1 }, language);
    expect(one("en")).toContain("1 person is in none of To, Cc and Bcc");
    expect(one("fr")).toMatch(/1 personne ne figure plus/);
    expect(one("de")).toContain("1 Person steht in keinem Feld");
    expect(one("es")).toMatch(/1 persona no está en Para/);
    const unchecked = moveOutcomeText({ kind: "failed", step: "rewrite-to-cc", lost: null }, "en");
    expect(unchecked).toContain("couldn't be read back");
    expect(unchecked).not.toContain("Nobody was removed");
  });

  it("promises Undo only when an undo copy was kept, and says who a retry put back first", () => {
    const text = moveOutcomeText(
      { kind: "moved", moved: 300, senderAddedToTo: false, cannotMove: 0, undo: false, restored: 50 },
      "en",
    );
    expect(text).toBe(
      "Put back first: 50 people an earlier attempt left out. Moved 300 people to Bcc. " +
        "No undo: the list is too long to keep a copy in this message.",
    );
    expect(text).not.toContain("Undo it");
  });

  it.each(LANGUAGES)("%s: every outcome has its own words", (language) => {
    const outcomes: MoveFacts[] = [
      { kind: "moved", moved: 3, senderAddedToTo: false, cannotMove: 0, undo: true, restored: 0 },
      { kind: "nothing-to-move", restored: 0 },
      { kind: "refused-field-limit", field: "to", wouldHave: 600, limit: 500 },
      { kind: "refused-unresolved", field: "to", names: ["Sales Team"] },
      { kind: "failed", step: "read", lost: 0 },
      { kind: "failed", step: "add-bcc", lost: 0 },
      { kind: "failed", step: "verify-bcc", lost: 0 },
      { kind: "failed", step: "rewrite-to-cc", lost: 0 },
      { kind: "failed", step: "rewrite-to-cc", lost: 12 },
      { kind: "failed", step: "rewrite-to-cc", lost: null },
      { kind: "moved", moved: 3, senderAddedToTo: false, cannotMove: 0, undo: false, restored: 0 },
      { kind: "moved", moved: 3, senderAddedToTo: false, cannotMove: 0, undo: true, restored: 2 },
    ];
    const texts = outcomes.map((outcome) => moveOutcomeText(outcome, language));
    expect(new Set(texts).size).toBe(outcomes.length);
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(LIMITS.infobar);
  });

  it("offers the pane's Undo after a ribbon move only when the copy is in session data, where the pane reads it", () => {
    const result = {
      kind: "moved" as const,
      moved: 3,
      senderAddedToTo: false,
      cannotMove: [{ emailAddress: "", displayName: "Partners" }],
      undoKept: true,
      restored: 0,
    };
    expect(moveOutcomeText(moveFacts({ ...result, undoPersisted: true }), "en")).toBe(
      "Moved 3 people to Bcc. Undo it in the BCC Guard pane. " +
        "1 entry, such as a contact group, couldn't be moved: please check it.",
    );
    expect(moveOutcomeText(moveFacts({ ...result, undoPersisted: false }), "en")).not.toContain("Undo it");
  });

  it("after a retry's put-back or the final read-back failed, says how many are missing, never that nobody was", () => {
    for (const step of ["restore", "confirm"] as const) {
      const text = moveOutcomeText(
        moveFacts({ kind: "failed", step, error: "read-back failed", lost: 4, undoKept: true }),
        "en",
      );
      expect(text).toContain("4 people are in none of To, Cc and Bcc");
      expect(text).not.toContain("Nobody was removed");
    }
  });
});
