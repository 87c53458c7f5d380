import { describe, expect, it } from "vitest";

import { DE_PANE } from "./de/pane.ts";
import { EN_PANE } from "./en/pane.ts";
import { ES_PANE } from "./es/pane.ts";
import { FR_PANE } from "./fr/pane.ts";
import { JA_PANE } from "./ja/pane.ts";
import { PANE_STRINGS } from "./paneCatalogs.ts";

describe("the pane's words", () => {
  it("agree with the count in each language", () => {
    expect(EN_PANE.move.moved(1)).toBe("Moved 1 person to Bcc.");
    expect(EN_PANE.move.moved(2)).toBe("Moved 2 people to Bcc.");
    expect(FR_PANE.move.moved(1)).toBe("1 personne a été déplacée en Cci.");
    expect(FR_PANE.move.moved(2)).toBe("2 personnes ont été déplacées en Cci.");
    expect(FR_PANE.move.moved(1_000_000)).toBe("1\u202f000\u202f000 de personnes ont été déplacées en Cci.");
    expect(DE_PANE.move.moved(1)).toBe("1 Person wurde in Bcc verschoben.");
    expect(DE_PANE.move.moved(2)).toBe("2 Personen wurden in Bcc verschoben.");
    expect(ES_PANE.move.moved(1)).toBe("Se movió 1 persona a CCO.");
    expect(ES_PANE.move.moved(2_000)).toBe("Se movieron 2000 personas a CCO.");
    expect(JA_PANE.move.moved(1_234)).toBe("1,234人を BCC に移動しました。");
  });

  it("say what the move will do in one sentence, in each language", () => {
    const facts = { moved: 298, kept: 2, keptAreColleagues: true, senderAddedToTo: true, cannotMove: 0 };
    expect(EN_PANE.move.preview(facts)).toBe("Moves 298 people to Bcc, keeps 2 colleagues visible and puts you in To.");
    expect(FR_PANE.move.preview(facts)).toBe(
      "Déplace 298 personnes en Cci, laisse 2 collègues visibles et vous place dans À.",
    );
    expect(DE_PANE.move.preview(facts)).toBe(
      "Verschiebt 298 Personen in Bcc, lässt 2 interne Personen sichtbar und trägt Sie in „An“ ein.",
    );
    expect(ES_PANE.move.preview(facts)).toBe(
      "Mueve 298 personas a CCO, deja visibles a 2 personas internas y pone su dirección en Para.",
    );
    expect(JA_PANE.move.preview(facts)).toBe(
      "298人を BCC に移動します。社内の 2人は表示されたままです。あなたを宛先に追加します。",
    );
  });

  it("say only what applies: one clause when nothing else changes", () => {
    const facts = { moved: 1, kept: 0, keptAreColleagues: true, senderAddedToTo: false, cannotMove: 0 };
    expect(EN_PANE.move.preview(facts)).toBe("Moves 1 person to Bcc.");
    expect(EN_PANE.move.preview({ ...facts, kept: 1, keptAreColleagues: false, cannotMove: 2 })).toBe(
      "Moves 1 person to Bcc, keeps 1 person visible and leaves 2 contact groups where they are.",
    );
  });

  it("use Outlook's own field names in each language", () => {
    expect(Object.values(PANE_STRINGS).map((s) => Object.values(s.fields).join(" "))).toEqual([
      "To Cc Bcc",
      "À Cc Cci",
      "An Cc Bcc",
      "Para CC CCO",
      "宛先 CC BCC",
    ]);
  });
});
