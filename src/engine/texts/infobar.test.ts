import { describe, expect, it } from "vitest";

import { alertFacts } from "../../../test/support/alertFacts.ts";

import type { Reason, Verdict, VerdictCounts } from "../verdict.ts";
import { INFOBAR_ACTION_LABEL, infobarText, uncheckedInfobarText } from "./infobar.ts";
import { LANGUAGES } from "./language.ts";
import { LIMITS } from "./limits.ts";

const facts = (action: Verdict["action"], reasons: Reason[], counts: Partial<VerdictCounts>, organization = "") =>
  alertFacts(action, reasons, counts, { organization, exampleNames: ["Ann Smith"] });

describe("infobarText", () => {
  it("stays quiet when nothing is wrong, even for a sensitive message", () => {
    expect(infobarText(facts("allow", [], { visible: 3, visibleExternal: 1, parties: 1 }), "en")).toBeNull();
    expect(infobarText(facts("allow", ["sensitive"], { visible: 1, visibleExternal: 1, parties: 1 }), "en")).toBeNull();
  });

  it("points out an entry that is not an address, since it may be a typo for someone who should be in Bcc", () => {
    const text = infobarText(
      facts(
        "allow",
        ["unresolved"],
        { visible: 1, visibleExternal: 1, parties: 1, unresolved: 1, contactGroups: 0 },
        "Contoso",
      ),
      "en",
    );
    expect(text).toBe("1 entry in To or Cc isn't an email address, so it couldn't be checked.");
  });

  it.each<[string, "allow" | "warn" | "block", string[]]>([
    ["allowed by the policy", "allow", ["unresolved"]],
    ["warned about", "warn", ["contact-group", "unresolved"]],
    ["blocked", "block", ["contact-group", "sensitive", "unresolved"]],
  ])("says what a contact group %s does and what to do, in every language", (_, action, reasons) => {
    const counts = { visible: 1, visibleExternal: 1, parties: 1, unresolved: 1, contactGroups: 1 };
    const texts = (["en", "fr", "de", "es", "ja"] as const).map((language) =>
      infobarText(facts(action, reasons as never, counts), language),
    );
    expect(texts[0]).toBe(
      "1 contact group in To or Cc will show its members each other's addresses when it's sent. Put it in Bcc, or expand it (+) first.",
    );
    for (const text of texts) {
      expect(text).not.toBeNull();
      expect((text ?? "").length).toBeLessThanOrEqual(150);
    }
  });

  it("says what a block and a warning mean while composing", () => {
    const counts = { visible: 312, visibleExternal: 312, parties: 298 };
    expect(infobarText(facts("block", ["exposed-parties"], counts, "Contoso"), "en")).toBe(
      "312 people outside Contoso would see each other's addresses. Move them to Bcc before sending.",
    );
    expect(infobarText(facts("warn", ["exposed-parties"], counts, "Contoso"), "en")).toBe(
      "312 people outside Contoso would see each other's addresses. Consider moving them to Bcc.",
    );
  });

  it("says personal addresses as such in the notice too, within 150 characters in every language", () => {
    const webmail = facts("block", ["exposed-parties"], { visibleExternal: 300, parties: 300 }, "Contoso");
    expect(infobarText({ ...webmail, personal: 300 }, "en")).toBe(
      "300 people outside Contoso, with personal addresses, would see each other's addresses. Move them to Bcc before sending.",
    );
    for (const language of LANGUAGES) {
      const text = infobarText({ ...webmail, personal: 300 }, language) ?? "";
      expect(text.length).toBeLessThanOrEqual(LIMITS.infobar);
      expect(text).not.toMatch(/300 (organisations|Organisationen|organizaciones|組織)/);
    }
  });

  it("warns of a reply-all storm", () => {
    expect(infobarText(facts("warn", ["large-audience"], { visible: 150, visibleInternal: 150 }), "en")).toBe(
      "This message goes to 150 people in To and Cc, so a reply-all would reach all of them. Consider Bcc.",
    );
  });

  it.each(LANGUAGES)("%s: names no one and gives up the organisation's name before the advice", (language) => {
    const longName = "Contoso Regional Health and Social Care Trust Foundation UK";
    const text = infobarText(
      facts("block", ["exposed-parties"], { visible: 1_000_000, visibleExternal: 1_000_000, parties: 2 }, longName),
      language,
    );
    expect(text).not.toBeNull();
    expect(text?.length).toBeLessThanOrEqual(LIMITS.infobar);
    expect(text).not.toContain("Ann Smith");
    expect(text).not.toContain("…");
    expect(text).toMatch(/(Bcc|Cci|CCO|BCC)[^.。]*[.。]$/);
  });

  it("labels its action within 30 characters in every language", () => {
    expect(INFOBAR_ACTION_LABEL.en).toBe("Review recipients");
    for (const language of LANGUAGES)
      expect(INFOBAR_ACTION_LABEL[language].length).toBeLessThanOrEqual(LIMITS.actionText);
  });
});

describe("uncheckedInfobarText", () => {
  it.each(LANGUAGES)(
    "%s: says the recipients couldn't be checked, with no count, within the notice limit",
    (language) => {
      const text = uncheckedInfobarText(language);
      expect(text.length).toBeLessThanOrEqual(LIMITS.infobar);
      expect(text).not.toMatch(/\d/);
      expect(text).toContain("BCC Guard");
    },
  );
});
