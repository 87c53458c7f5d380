import { describe, expect, it } from "vitest";

import type { Verdict } from "../verdict.ts";
import { infobarText, LANGUAGES, LIMITS, sendAlertTexts } from "./index.ts";
import type { AlertFacts } from "./index.ts";

// Vodafone's 416 customers, then a reply-all: the alert must say that the reply sends them all out again.
const storm: Verdict = {
  action: "block",
  reasons: ["exposed-parties", "large-audience"],
  sensitive: false,
  counts: {
    visible: 417,
    visibleInternal: 1,
    visibleExternal: 416,
    parties: 180,
    bcc: 0,
    unresolved: 0,
    contactGroups: 0,
  },
  thresholds: { warnAt: 5, blockAt: 20 },
};
const facts = (spread: AlertFacts["spread"], verdict: Verdict = storm): AlertFacts => ({
  verdict,
  organization: "Vodafone",
  exampleNames: ["Ann Smith", "Bob Jones"],
  spread,
});

describe("a reply-all or forward that keeps a list visible", () => {
  it("says in the alert and the infobar that a reply-all sends the addresses again, and to reply to the sender only", () => {
    const alert = sendAlertTexts(facts("reply-all"), "en");
    expect(alert.errorMessage).toContain("This reply-all sends all their addresses out again");
    expect(alert.errorMessage).toContain("reply to the sender only");
    expect(alert.errorMessage).toContain("move them to Bcc first");
    expect(alert.errorMessageMarkdown).toContain("**416 people**");
    expect(infobarText(facts("reply-all"), "en")).toBe(
      "416 people outside Vodafone would see each other's addresses. Reply-all resends their addresses: reply to the sender only or use Bcc.",
    );
  });

  it("says a forward spreads them further", () => {
    expect(sendAlertTexts(facts("forward"), "en").errorMessage).toContain("spreads all their addresses further");
    expect(infobarText(facts("forward"), "en")).toContain("A forward like this spreads their addresses");
  });

  it("says nothing of the kind for a new message, or for a large audience of colleagues only", () => {
    expect(sendAlertTexts(facts(null), "en").errorMessage).not.toMatch(/reply|forward/i);
    const colleagues: Verdict = {
      ...storm,
      action: "warn",
      reasons: ["large-audience"],
      counts: { ...storm.counts, visibleInternal: 417, visibleExternal: 0, parties: 0 },
    };
    expect(sendAlertTexts(facts("reply-all", colleagues), "en").errorMessage).not.toContain("sends all their");
  });

  it.each(LANGUAGES)("%s: has its own words, within Outlook's limits", (language) => {
    for (const spread of ["reply-all", "forward"] as const) {
      const withSpread = sendAlertTexts(facts(spread), language);
      const without = sendAlertTexts(facts(null), language);
      expect(withSpread.errorMessage.length).toBeGreaterThan(without.errorMessage.length);
      expect(withSpread.errorMessage.length).toBeLessThanOrEqual(LIMITS.errorMessage);
      expect(withSpread.errorMessageMarkdown.length).toBeLessThanOrEqual(LIMITS.errorMessageMarkdown);
      const bar = infobarText(facts(spread), language) ?? "";
      expect(bar.length).toBeLessThanOrEqual(LIMITS.infobar);
      expect(bar).not.toBe(infobarText(facts(null), language));
    }
  });
});
