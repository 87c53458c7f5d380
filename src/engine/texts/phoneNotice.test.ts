import { describe, expect, it } from "vitest";

import { alertFacts } from "../../../test/support/alertFacts.ts";

import type { Reason, Verdict, VerdictCounts } from "../verdict.ts";
import { LANGUAGES } from "./language.ts";
import { LIMITS } from "./limits.ts";
import { phoneNoticeText } from "./phoneNotice.ts";
import type { PhoneNoticeFacts } from "./phoneNotice.ts";

function facts(
  action: Verdict["action"],
  reasons: Reason[],
  counts: Partial<VerdictCounts>,
  more: { organization?: string; countsAreFloors?: boolean } = {},
): PhoneNoticeFacts {
  const { organization = "", countsAreFloors = false } = more;
  return { ...alertFacts(action, reasons, counts, { organization, exampleNames: ["Ann Smith"] }), countsAreFloors };
}

const exposed = (n: number, more?: Parameters<typeof facts>[3]) =>
  facts("block", ["exposed-parties"], { visible: n, visibleExternal: n, parties: n }, more);

describe("the phone notice", () => {
  it("tells the sender what to do with no pane or button to point at, and that Send checks nothing on a phone", () => {
    expect(phoneNoticeText(exposed(300, { organization: "Contoso" }), "en")).toBe(
      "300 people outside Contoso would see each other's addresses. Move them to Bcc now: a phone checks nothing at Send.",
    );
  });

  it('says "at least" when the phone cut To or Cc short at 100', () => {
    expect(phoneNoticeText(exposed(100, { countsAreFloors: true }), "en")).toMatch(/^At least 100 people outside/);
    expect(phoneNoticeText(exposed(100, { countsAreFloors: true }), "fr")).toMatch(/^Au moins 100 personnes/);
    expect(phoneNoticeText(exposed(100, { countsAreFloors: true }), "de")).toMatch(/^Mindestens 100 Personen/);
    expect(phoneNoticeText(exposed(100, { countsAreFloors: true }), "es")).toMatch(/^Al menos 100 personas/);
    expect(phoneNoticeText(exposed(100, { countsAreFloors: true }), "ja")).toContain("100人以上");
    expect(phoneNoticeText(exposed(100), "ja")).not.toContain("以上");
  });

  it("warns even when the first 100 look harmless, if a field came back full", () => {
    const harmless = facts("allow", [], { visible: 100, visibleInternal: 100 }, { countsAreFloors: true });
    expect(phoneNoticeText(harmless, "en")).toBe(
      "To or Cc holds more people than BCC Guard can read on a phone. Check that outside people are in Bcc.",
    );
    expect(phoneNoticeText({ ...harmless, countsAreFloors: false }, "en")).toBeNull();
  });

  it("speaks of a large audience and of unchecked contact groups without naming anybody", () => {
    const big = facts("warn", ["large-audience"], { visible: 150, visibleInternal: 150 });
    expect(phoneNoticeText(big, "en")).toBe(
      "This message goes to 150 people in To and Cc. Consider Bcc before you send.",
    );
    const group = facts("warn", ["contact-group", "unresolved"], { visible: 1, unresolved: 1, contactGroups: 1 });
    expect(phoneNoticeText(group, "en")).toMatch(/contact group.*Put it in Bcc/);
    expect(phoneNoticeText(group, "en")).not.toMatch(/Move to Bcc|pane/);
    const typo = facts("allow", ["unresolved"], { visible: 1, unresolved: 1 });
    expect(phoneNoticeText(typo, "en")).toContain("isn't an email address");
    expect(phoneNoticeText(exposed(300), "en")).not.toContain("Ann");
  });

  it.each(LANGUAGES)("fits Outlook's 150-character notice in %s, whatever the counts and organisation", (language) => {
    const organization = "O".repeat(60);
    const cases: PhoneNoticeFacts[] = [];
    for (const n of [1, 2, 99, 100, 1_000, Number.MAX_SAFE_INTEGER])
      for (const countsAreFloors of [false, true]) {
        cases.push(exposed(n, { organization, countsAreFloors }));
        cases.push(facts("warn", ["large-audience"], { visible: n }, { organization, countsAreFloors }));
        cases.push(facts("allow", ["unresolved"], { visible: n, unresolved: n }, { organization, countsAreFloors }));
      }
    for (const c of cases) {
      const text = phoneNoticeText(c, language);
      expect(text).not.toBeNull();
      expect(text!.length).toBeLessThanOrEqual(LIMITS.infobar);
      // A phone has no pane and no ribbon: the notice never sends the sender looking for one.
      expect(text).not.toMatch(/pane|volet|Bereich|panel|ウィンドウ|ribbon|ruban|Menüband|cinta|リボン/i);
    }
  });

  it.each(LANGUAGES)(
    "keeps the no-check-at-Send warning in %s for an unnamed organisation, up to 9,999+",
    (language) => {
      const marker = { en: "at Send", fr: "à l'envoi", de: "beim Senden", es: "al enviar", ja: "送信時" }[language];
      for (const n of [2, 100, 9_999])
        for (const countsAreFloors of [false, true])
          expect(phoneNoticeText(exposed(n, { countsAreFloors }), language)).toContain(marker);
    },
  );

  it.each(LANGUAGES)("names the count and the organisation in %s", (language) => {
    const text = phoneNoticeText(exposed(312, { organization: "Contoso" }), language)!;
    expect(text).toContain("312");
    expect(text).toContain("Contoso");
  });
});
