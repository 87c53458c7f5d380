import { describe, expect, it } from "vitest";

import { escapeUnsafe, shortText } from "./displayText.ts";

describe("display of text from mail", () => {
  it("shows terminal escapes, bidi controls and zero-width characters as visible escapes", () => {
    expect(escapeUnsafe("a\u001b[2Jb")).toBe("a\\u{1B}[2Jb");
    expect(escapeUnsafe("invoice \u202Efdp.exe")).toBe("invoice \\u{202E}fdp.exe");
    expect(escapeUnsafe("pay\u200Bpal")).toBe("pay\\u{200B}pal");
  });

  it("cuts long text at a character boundary with an ellipsis, and folds line breaks to spaces", () => {
    expect(shortText("Re: the quarterly figures\r\n for everyone", 20)).toBe("Re: the quarterly f…");
    expect(shortText("😀".repeat(30), 5)).toBe("😀😀😀😀…");
    expect(shortText("short", 20)).toBe("short");
  });
});
