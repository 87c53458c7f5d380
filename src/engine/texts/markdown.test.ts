import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { Verdict } from "../verdict.ts";
import { escapeMarkdown } from "./markdown.ts";
import { sendAlertTexts } from "./sendAlert.ts";

const unescape = (markdown: string): string => markdown.replace(/\\([\s\S])/g, "$1");

const BLOCK: Verdict = {
  action: "block",
  reasons: ["exposed-parties"],
  sensitive: false,
  counts: {
    visible: 30,
    visibleInternal: 0,
    visibleExternal: 30,
    parties: 30,
    bcc: 0,
    unresolved: 0,
    contactGroups: 0,
  },
  thresholds: { warnAt: 5, blockAt: 20 },
};

describe("escapeMarkdown", () => {
  it("breaks link, bold and entity syntax with backslashes", () => {
    expect(escapeMarkdown("[x](y)")).toBe("\\[x\\]\\(y\\)");
    expect(escapeMarkdown("**bold** _it_")).toBe("\\*\\*bold\\*\\* \\_it\\_");
    expect(escapeMarkdown("&#x202E;")).toBe("\\&\\#x202E;");
    expect(escapeMarkdown("C:\\path")).toBe("C:\\\\path");
  });

  it("loses nothing: unescaping gives back the text, and no syntax character is left bare (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary-ascii", maxLength: 60 }), (text) => {
        const escaped = escapeMarkdown(text);
        expect(unescape(escaped)).toBe(text);
        expect(escaped.replace(/\\[\s\S]/g, "")).not.toMatch(/[\\`*_{}[\]()#+\-.!|<>~&]/);
      }),
    );
  });
});

describe("names in the Markdown alert", () => {
  it("shows a name with Markdown in it as written, not as formatting", () => {
    const { errorMessage, errorMessageMarkdown } = sendAlertTexts(
      { verdict: BLOCK, organization: "", exampleNames: ["Bob *Jones*", "__Ann__ <b>"] },
      "en",
    );
    expect(errorMessage).toContain("Bob *Jones*, __Ann__ <b> and 28 others.");
    expect(errorMessageMarkdown).toContain("Bob \\*Jones\\*, \\_\\_Ann\\_\\_ \\<b\\> and 28 others.");
  });

  it("escapes the organisation's name too, so an underscore in it cannot start italics", () => {
    const { errorMessageMarkdown } = sendAlertTexts(
      { verdict: BLOCK, organization: "Contoso_UK", exampleNames: [] },
      "en",
    );
    expect(errorMessageMarkdown).toContain("outside Contoso\\_UK");
  });

  it("never lets a name become a link", () => {
    const { errorMessage, errorMessageMarkdown } = sendAlertTexts(
      { verdict: BLOCK, organization: "", exampleNames: ["[Reset your password](https://evil.example)", "Ann"] },
      "en",
    );
    expect(errorMessageMarkdown).not.toContain("](");
    expect(errorMessageMarkdown).not.toContain("evil");
    expect(errorMessage).toContain("Including: Ann and 29 others.");
  });
});
