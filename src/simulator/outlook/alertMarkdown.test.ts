import { describe, expect, it } from "vitest";

import { alertPlainText, parseAlertMarkdown } from "./alertMarkdown.ts";

describe("parseAlertMarkdown", () => {
  it("reads bold, italic and both", () => {
    expect(parseAlertMarkdown("**312 people** see _each_ ***other***")).toEqual([
      {
        kind: "paragraph",
        content: [
          { kind: "strong", children: [{ kind: "text", text: "312 people" }] },
          { kind: "text", text: " see " },
          { kind: "emphasis", children: [{ kind: "text", text: "each" }] },
          { kind: "text", text: " " },
          { kind: "strong", children: [{ kind: "emphasis", children: [{ kind: "text", text: "other" }] }] },
        ],
      },
    ]);
  });

  it("starts a new paragraph at \\n\\n and a list item at each \\r", () => {
    const blocks = parseAlertMarkdown("Too many visible recipients.\n\n- To: 42\r- Cc: 17\r1. first\r2. second\r");
    expect(blocks.map((block) => block.kind)).toEqual(["paragraph", "bullets", "numbers"]);
    expect(alertPlainText(blocks)).toBe("Too many visible recipients.\n• To: 42\n• Cc: 17\n1. first\n2. second");
  });

  it("shows escaped characters as written, so an escaped name cannot become a link, list or emphasis", () => {
    const blocks = parseAlertMarkdown("\\- \\[click\\]\\(https://evil.example\\) \\*x\\*");
    expect(blocks).toEqual([
      { kind: "paragraph", content: [{ kind: "text", text: "- [click](https://evil.example) *x*" }] },
    ]);
  });

  it("links https only; any other scheme stays text", () => {
    const [https] = parseAlertMarkdown("[help](https://contoso.com/help)");
    expect(https).toEqual({
      kind: "paragraph",
      content: [{ kind: "link", href: "https://contoso.com/help", children: [{ kind: "text", text: "help" }] }],
    });
    for (const url of ["javascript:alert(1)", "http://contoso.com", "data:text/html,x"]) {
      expect(parseAlertMarkdown(`[go](${url})`)).toEqual([
        { kind: "paragraph", content: [{ kind: "text", text: `[go](${url})` }] },
      ]);
    }
  });

  it("keeps markup-looking text as text", () => {
    expect(alertPlainText(parseAlertMarkdown("<img src=x onerror=alert(1)> & <b>bold</b>"))).toBe(
      "<img src=x onerror=alert(1)> & <b>bold</b>",
    );
  });

  it("leaves an unmatched marker as a literal character", () => {
    expect(alertPlainText(parseAlertMarkdown("5 * 3 = 15 and snake_case"))).toBe("5 * 3 = 15 and snake_case");
  });
});
