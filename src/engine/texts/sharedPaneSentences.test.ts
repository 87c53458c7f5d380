import { describe, expect, it } from "vitest";

import { CATALOGS } from "./catalogs.ts";
import { count } from "./count.ts";
import { LANGUAGES } from "./language.ts";
import { PANE_STRINGS } from "./paneCatalogs.ts";

describe.each(LANGUAGES)("%s: the pane says what the alert says, in the alert's words", (language) => {
  const pane = PANE_STRINGS[language];
  const alerts = CATALOGS[language];
  const c = (value: number) => count(value, language);

  it("for the move's results and the button", () => {
    expect(pane.move.button).toBe(alerts.moveToBcc);
    expect(pane.move.moved(1_234)).toBe(alerts.move.moved(c(1_234)));
    expect(pane.move.cannotMoveLeft(2)).toBe(alerts.move.cannotMove(c(2)));
    expect(pane.move.fieldLimit(pane.fields.bcc, 600, 500)).toBe(
      alerts.move.fieldLimit(alerts.fields.bcc, c(600), c(500)),
    );
    expect(pane.move.failed.read).toBe(alerts.move.failed.read);
  });

  it("for the exposure, with the organisation's name and without Markdown", () => {
    const sentence = pane.status.exposure({ people: 28, organisations: 3, personal: 25, organization: "Contoso" });
    expect(sentence).toContain("Contoso");
    expect(sentence).toContain(c(28).text);
    expect(sentence).not.toMatch(/\*\*/);
    expect(pane.status.blockAdvice).toBe(alerts.blockAdvice);
  });
});
