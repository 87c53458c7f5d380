import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { MAX_ORGANIZATION_LENGTH } from "../policy.ts";
import type { Reason, Verdict } from "../verdict.ts";
import {
  errorAlertTexts,
  INFOBAR_ACTION_LABEL,
  infobarText,
  LANGUAGES,
  LIMITS,
  moveOutcomeText,
  sendAlertTexts,
} from "./index.ts";
import type { AlertFacts, Language, MoveFacts } from "./index.ts";

// The whole contract, end to end: every text in every language fits Outlook's limits and stays inert whatever
// the display names and however long the organisation's name.

const HOSTILE_NAMES = [
  "[x](https://evil.example)",
  "[click here](https://evil.example/login) **URGENT**",
  "<img src=x onerror=alert(1)>",
  "\u202Eevil\u202C moc.elgoog",
  "x".repeat(10_000),
  "👨‍👩‍👧‍👦🏳️‍🌈😀".repeat(40),
  "Ann\u0000\u0007\u001b[31m\u0085\u009bSmith",
  "Bob\r\nSmith\u2028\u2029Jones",
  "zero\u200Bwidth\u200C\u200D\uFEFF\u2060joiner",
  "\u2066isolate\u2069 \u200Fmark\u200E \u061Carabic",
  "_italic_ *bold* `code` ~strike~ # heading | table > quote",
  "&#x202E;entity &amp; &lt;b&gt;",
  "\\",
  "trailing backslash\\",
  "\uD800lone\uDC00surrogates\uDBFF",
  "http://plain.example",
  "HTTPS://SHOUTING.EXAMPLE",
  "www.lure.example",
  "   \t\n   ",
  "",
  "ann.smith@customer.example",
];

const MAX_ORGANIZATIONS = [
  "W".repeat(MAX_ORGANIZATION_LENGTH),
  "*".repeat(MAX_ORGANIZATION_LENGTH), // doubles in length once escaped for Markdown
  "Ｗ".repeat(MAX_ORGANIZATION_LENGTH),
  "😀".repeat(MAX_ORGANIZATION_LENGTH / 2),
];

const REASON_SETS: Reason[][] = [
  ["contact-group", "sensitive", "unresolved"],
  ["contact-group", "unresolved"],
  ["exposed-parties", "sensitive", "unresolved"],
  ["exposed-parties"],
  ["large-audience", "unresolved"],
  ["large-audience"],
  ["unresolved"],
  [],
];

function verdict(action: Verdict["action"], reasons: Reason[], n: number): Verdict {
  return {
    action,
    reasons,
    sensitive: reasons.includes("sensitive"),
    counts: {
      visible: n,
      visibleInternal: 0,
      visibleExternal: n,
      parties: n - 1,
      bcc: 0,
      unresolved: n,
      contactGroups: reasons.includes("contact-group") ? n : 0,
    },
    thresholds: { warnAt: 2, blockAt: 3 },
  };
}

const MOVE_OUTCOMES = (n: number): MoveFacts[] => [
  { kind: "moved", moved: n, senderAddedToTo: true, cannotMove: n, undo: true, restored: 0 },
  { kind: "moved", moved: 1, senderAddedToTo: false, cannotMove: 0, undo: true, restored: 0 },
  { kind: "nothing-to-move", restored: 0 },
  { kind: "refused-field-limit", field: "bcc", wouldHave: n, limit: 500 },
  { kind: "refused-field-limit", field: "to", wouldHave: n, limit: n },
  { kind: "refused-field-limit", field: "cc", wouldHave: n, limit: 1000 },
  { kind: "refused-unresolved", field: "bcc", names: HOSTILE_NAMES },
  { kind: "refused-unresolved", field: "to", names: Array.from({ length: Math.min(n, 1000) }, (_, i) => `Group ${i}`) },
  { kind: "failed", step: "read", lost: 0 },
  { kind: "failed", step: "add-bcc", lost: 0 },
  { kind: "failed", step: "verify-bcc", lost: 0 },
  { kind: "failed", step: "rewrite-to-cc", lost: 0 },
  { kind: "failed", step: "rewrite-to-cc", lost: n },
  { kind: "failed", step: "add-bcc", lost: null },
  { kind: "moved", moved: n, senderAddedToTo: true, cannotMove: n, undo: false, restored: n },
  { kind: "nothing-to-move", restored: n },
];

/** Breaks `text` if it holds a character that could hide, reorder or fake a line in what the user reads. */
function expectNoHiddenCharacters(text: string, allowed: RegExp): void {
  const stripped = text.replace(allowed, "");
  expect(stripped).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u);
}

function expectInertPlainText(text: string): void {
  expectNoHiddenCharacters(text, /\n/g);
  expect(text).not.toContain("](");
  expect(text.toLowerCase()).not.toContain("http://");
  expect(text.toLowerCase()).not.toContain("https://");
}

/** Breaks `markdown` if anything but our own bold counts and new lines would be read as Markdown. */
function expectInertMarkdown(markdown: string): void {
  expectNoHiddenCharacters(markdown, /\n\n/g);
  expect(markdown).not.toMatch(/(^|[^\n])\n([^\n]|$)/); // a new line is always "\n\n"
  const unescaped = markdown.replace(/\\[\s\S]/g, "");
  expect(unescaped).not.toMatch(/\\$/); // no escape cut in half
  const bolds = unescaped.match(/\*\*[^*]+\*\*/g) ?? [];
  for (const bold of bolds) expect(bold).toMatch(/\d/); // only counts are bold
  const rest = unescaped.replace(/\*\*[^*]+\*\*/g, "");
  expect(rest).not.toMatch(/[*_`[\]{}<>|~#&]/);
  expect(rest.toLowerCase()).not.toContain("http");
}

function expectAllTextsSafe(facts: AlertFacts, language: Language): void {
  const alert = sendAlertTexts(facts, language);
  expect(alert.errorMessage.length).toBeLessThanOrEqual(LIMITS.errorMessage);
  expect(alert.errorMessageMarkdown.length).toBeLessThanOrEqual(LIMITS.errorMessageMarkdown);
  expect(alert.cancelLabel.length).toBeLessThanOrEqual(LIMITS.cancelLabel);
  expectInertPlainText(alert.errorMessage);
  expectInertMarkdown(alert.errorMessageMarkdown);
  const infobar = infobarText(facts, language);
  if (infobar !== null) {
    expect(infobar.length).toBeLessThanOrEqual(LIMITS.infobar);
    expectInertPlainText(infobar);
    expect(infobar).not.toContain("\n");
  }
}

describe("every text, every language", () => {
  it.each(LANGUAGES)("%s: alert, error alert, infobar, action label and every move outcome are written", (language) => {
    const facts: AlertFacts = {
      verdict: verdict("block", ["exposed-parties"], 40),
      organization: "Contoso",
      exampleNames: ["Ann Smith"],
    };
    const alert = sendAlertTexts(facts, language);
    expect(alert.errorMessage).toContain("Ann Smith");
    expect(alert.errorMessageMarkdown).toContain("**");
    expect(alert.cancelLabel.length).toBeGreaterThan(0);
    for (const onError of ["warn", "block"] as const) {
      const error = errorAlertTexts(onError, language);
      expect(error.errorMessage.length).toBeGreaterThan(20);
      expect(error.errorMessage.length).toBeLessThanOrEqual(LIMITS.errorMessage);
      expectInertMarkdown(error.errorMessageMarkdown);
    }
    expect(infobarText(facts, language)).toContain("Contoso");
    expect(INFOBAR_ACTION_LABEL[language].length).toBeGreaterThan(0);
    expect(INFOBAR_ACTION_LABEL[language].length).toBeLessThanOrEqual(LIMITS.actionText);
    for (const outcome of MOVE_OUTCOMES(1_000_000)) {
      const text = moveOutcomeText(outcome, language);
      expectInertPlainText(text);
      expect(text.length, `${outcome.kind} in ${language}: ${text}`).toBeLessThanOrEqual(LIMITS.infobar);
      expect(text, "cut short").not.toMatch(/…$/);
    }
  });

  it("has a different text in each language, so none is left in English by mistake", () => {
    const facts: AlertFacts = { verdict: verdict("warn", ["exposed-parties"], 8), organization: "", exampleNames: [] };
    const alerts = LANGUAGES.map((language) => sendAlertTexts(facts, language).errorMessage);
    expect(new Set(alerts).size).toBe(LANGUAGES.length);
    const labels = LANGUAGES.map((language) => INFOBAR_ACTION_LABEL[language]);
    expect(new Set(labels).size).toBe(LANGUAGES.length);
  });
});

describe("limits at the worst", () => {
  const cases = LANGUAGES.flatMap((language) =>
    MAX_ORGANIZATIONS.flatMap((organization) =>
      (["block", "warn", "allow"] as const).flatMap((action) =>
        REASON_SETS.map((reasons) => ({ language, organization, action, reasons })),
      ),
    ),
  );

  it("fits a maximal organisation name, a million recipients and a dozen long hostile names", () => {
    for (const { language, organization, action, reasons } of cases) {
      const facts: AlertFacts = {
        verdict: verdict(action, reasons, 1_000_000),
        organization,
        exampleNames: [...HOSTILE_NAMES, ...HOSTILE_NAMES],
      };
      for (const spread of [null, "reply-all", "forward"] as const) expectAllTextsSafe({ ...facts, spread }, language);
    }
  });

  it("fits even counts no message can have", () => {
    for (const n of [Number.MAX_SAFE_INTEGER, Number.MAX_VALUE, Infinity]) {
      for (const { language, organization, action, reasons } of cases) {
        expectAllTextsSafe(
          { verdict: verdict(action, reasons, n), organization, exampleNames: HOSTILE_NAMES },
          language,
        );
      }
      for (const language of LANGUAGES) {
        for (const outcome of MOVE_OUTCOMES(n)) {
          expect(moveOutcomeText(outcome, language).length).toBeLessThanOrEqual(LIMITS.infobar);
        }
      }
    }
  });

  it("still says how many people when it has to shorten", () => {
    const million = { en: "1,000,000", fr: "1\u202f000\u202f000", de: "1.000.000", es: "1.000.000", ja: "1,000,000" };
    for (const language of LANGUAGES) {
      for (const organization of MAX_ORGANIZATIONS) {
        const facts: AlertFacts = {
          verdict: verdict("block", ["exposed-parties", "sensitive", "unresolved"], 1_000_000),
          organization,
          exampleNames: HOSTILE_NAMES,
        };
        const alert = sendAlertTexts(facts, language);
        expect(alert.errorMessage).toContain(million[language]);
        expect(alert.errorMessageMarkdown).toContain(million[language]);
        expect(infobarText(facts, language)).toContain(million[language]);
      }
    }
  });

  it("holds for any names, organisation and counts (property)", () => {
    const hostileUnit = fc.oneof(
      fc.string({ unit: "binary", maxLength: 1 }),
      fc.constantFrom(
        "[",
        "]",
        "(",
        ")",
        "*",
        "_",
        "\\",
        "`",
        "<",
        ">",
        "&",
        "#",
        ":",
        "/",
        "h",
        "t",
        "p",
        "s",
        "w",
        ".",
      ),
      fc.constantFrom("\u202E", "\u2066", "\u200B", "\u0000", "\n", "\u0085", "\uD83D", "\uDE00", "😀", "https://"),
    );
    const name = fc.oneof(
      fc.string({ unit: "binary", maxLength: 120 }),
      fc.string({ unit: "grapheme", maxLength: 120 }),
      fc.string({ unit: hostileUnit, maxLength: 80 }),
      fc.constantFrom(...HOSTILE_NAMES),
    );
    const facts = fc.record({
      language: fc.constantFrom(...LANGUAGES),
      action: fc.constantFrom("allow" as const, "warn" as const, "block" as const),
      reasons: fc.constantFrom(...REASON_SETS),
      n: fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.constant(1_000_000), fc.constant(1)),
      organization: fc.oneof(
        fc.string({ unit: hostileUnit, maxLength: MAX_ORGANIZATION_LENGTH }),
        fc.string({ unit: "binary", maxLength: MAX_ORGANIZATION_LENGTH / 2 }),
        fc.constantFrom(...MAX_ORGANIZATIONS, ""),
      ),
      names: fc.array(name, { maxLength: 12 }),
      spread: fc.constantFrom(null, "reply-all" as const, "forward" as const),
    });
    fc.assert(
      fc.property(facts, ({ language, action, reasons, n, organization, names, spread }) => {
        expectAllTextsSafe(
          { verdict: verdict(action, reasons, n), organization, exampleNames: names, spread },
          language,
        );
      }),
      { numRuns: 400 },
    );
  });
});
