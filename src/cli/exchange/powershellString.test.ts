import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { PowerShellValueError, powershellArray, powershellString } from "./powershellString.ts";

// PowerShell ends a single-quoted string at any of these, and reads two of them in a row as one quote.
const SINGLE_QUOTES = new Set(["'", "\u2018", "\u2019", "\u201a", "\u201b"]);

/**
 * Reads back what `powershellString` writes, under PowerShell's rules for the subset it uses: single-quoted
 * strings (any of the five quote characters ends one; a doubled one is a quote), `[char]0xNNNN`, `+`, and
 * parentheses. Anything else is an error, so a literal that would let PowerShell run code cannot pass.
 */
function readPowerShellLiteral(source: string): string {
  let at = 0;
  const expression = source.startsWith("(") && source.endsWith(")") ? source.slice(1, -1) : source;
  let value = "";
  const expect = (text: string) => {
    if (!expression.startsWith(text, at)) throw new Error(`expected ${text} at ${at} in ${source}`);
    at += text.length;
  };
  for (;;) {
    if (SINGLE_QUOTES.has(expression[at] ?? "")) {
      at += 1;
      for (;;) {
        const char = expression[at];
        if (char === undefined) throw new Error(`unterminated string in ${source}`);
        if (SINGLE_QUOTES.has(char)) {
          if (SINGLE_QUOTES.has(expression[at + 1] ?? "")) {
            value += expression[at + 1];
            at += 2;
            continue;
          }
          at += 1;
          break;
        }
        value += char;
        at += 1;
      }
    } else {
      expect("[char]0x");
      const hex = /^[0-9A-F]{4}/u.exec(expression.slice(at))?.[0];
      if (hex === undefined) throw new Error(`bad [char] in ${source}`);
      value += String.fromCharCode(Number.parseInt(hex, 16));
      at += 4;
    }
    if (at === expression.length) return value;
    expect(" + ");
  }
}

const HOSTILE = [
  "o'brien@contoso.com",
  "a\u2018;Remove-Item -Recurse C:\\ #",
  "x\u2019; calc; \u2019",
  "\u201a\u201b",
  "$(calc)",
  "$" + "{env:PATH}", // written in two parts so that no linter mistakes it for a template
  "`whoami`",
  '"; Stop-Computer; "',
  "@(1,2)",
  "Soci\u00e9t\u00e9 G\u00e9n\u00e9rale",
  "\u202eevil\u202c",
  "emoji \u{1F600} pair",
  "''",
  "",
];

describe("powershellString", () => {
  it.each(HOSTILE)("writes %j so that PowerShell reads back exactly that text", (value) => {
    const literal = powershellString(value);
    expect(readPowerShellLiteral(literal)).toBe(value);
  });

  it.each(HOSTILE)(
    "writes %j as plain ASCII with no typographic quote or expandable syntax outside quotes",
    (value) => {
      const literal = powershellString(value);
      expect(literal).toMatch(/^[\x20-\x7e]*$/u);
      // Outside the quoted runs only [char]0xNNNN, + and parentheses remain.
      const outside = literal.replace(/'(?:[^']|'')*'/gu, "");
      expect(outside).toMatch(/^[()+ ]*(?:\[char\]0x[0-9A-F]{4}[()+ ]*)*$/u);
    },
  );

  it("writes plain text as one single-quoted string", () => {
    expect(powershellString("X-BCC-Guard")).toBe("'X-BCC-Guard'");
    expect(powershellString("o'brien@contoso.com")).toBe("'o''brien@contoso.com'");
  });

  it("starts a mixed literal with a string, so that [char] + [char] concatenates instead of adding numbers", () => {
    expect(powershellString("\u2018\u2019")).toBe("('' + [char]0x2018 + [char]0x2019)");
  });

  it.each([
    "line\nbreak",
    "carriage\rreturn",
    "nul\u0000",
    "esc\u001b[2J",
    "del\u007f",
    "c1\u0085",
    "ls\u2028",
    "ps\u2029",
    "tab\t",
  ])("refuses %j, naming the character", (value) => {
    expect(() => powershellString(value)).toThrow(PowerShellValueError);
    expect(() => powershellString(value)).toThrow(/U\+[0-9A-F]{4}/u);
  });

  it("reads back any text without control characters", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (raw) => {
        const value = raw.replace(/[\p{Cc}\u2028\u2029]/gu, "");
        expect(readPowerShellLiteral(powershellString(value))).toBe(value);
      }),
    );
  });

  it("writes arrays as @() of literals", () => {
    expect(powershellArray(["a", "b'c"])).toBe("@('a', 'b''c')");
  });
});
