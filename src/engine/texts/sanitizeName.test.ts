import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { MAX_ORGANIZATION_LENGTH } from "../policy.ts";
import { MAX_NAME_LENGTH, sanitizeName, sanitizeOrganization } from "./sanitizeName.ts";

const HIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;

describe("sanitizeName", () => {
  it.each([
    ["\u202Eevil\u202C", "evil"],
    ["\u2066Ann\u2069 \u200FSmith\u200E\u061C", "Ann Smith"],
    ["Ann\nSmith", "Ann Smith"],
    ["Ann\r\n\t  Smith", "Ann Smith"],
    ["Ann\u2028Smith\u2029", "Ann Smith"],
    ["A\u200Bn\u200Dn\uFEFF", "Ann"],
    ["Ann\u0000\u0007\u0085\u009bSmith", "Ann Smith"],
    ["  Ann   Smith  ", "Ann Smith"],
    ["\uD800Ann", "Ann"],
    ["<img src=x onerror=alert(1)>", "<img src=x onerror=alert(1)>"],
    ["ann.smith@customer.example", "ann.smith@customer.example"],
  ])("shows %j as %j", (raw, shown) => {
    expect(sanitizeName(raw)).toBe(shown);
  });

  it.each([
    "[x](https://evil.example)",
    "Pay here: HTTPS://evil.example",
    "ftp://files.example",
    "see www.lure.example",
    "[x]\u200B(y)",
    "h\u200Bttps:/\u2066/evil.example",
  ])("drops the link-like name %j", (raw) => {
    expect(sanitizeName(raw)).toBeNull();
  });

  it.each(["", "   ", "\u202E\u200B\u2066", "\n\t"])("skips %j, which is empty once cleaned", (raw) => {
    expect(sanitizeName(raw)).toBeNull();
  });

  it("shortens a 10,000-character name to 40 characters ending with an ellipsis", () => {
    const shown = sanitizeName("x".repeat(10_000));
    expect(shown).toBe("x".repeat(MAX_NAME_LENGTH - 1) + "…");
  });

  it("keeps any name visible, single-line, short and whole (property)", () => {
    const name = fc.oneof(
      fc.string({ unit: "binary", maxLength: 200 }),
      fc.string({ unit: "grapheme", maxLength: 200 }),
      fc.string({ unit: fc.constantFrom("a", " ", "\n", "\u202E", "\u200B", "\uD83D", "\uDE00", "😀"), maxLength: 80 }),
    );
    fc.assert(
      fc.property(name, (raw) => {
        const shown = sanitizeName(raw);
        if (shown === null) return;
        expect(shown).not.toMatch(HIDDEN);
        expect(shown).not.toMatch(/^\s|\s$|\s\s/);
        expect(Array.from(shown).length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
        expect(shown.toLowerCase()).not.toMatch(/:\/\/|\]\(/);
      }),
    );
  });
});

describe("sanitizeOrganization", () => {
  it("cleans the name but keeps it whole up to the schema's length", () => {
    expect(sanitizeOrganization("\u202EContoso\nHealth ")).toBe("Contoso Health");
    expect(sanitizeOrganization("C".repeat(MAX_ORGANIZATION_LENGTH))).toBe("C".repeat(MAX_ORGANIZATION_LENGTH));
  });

  it("means 'your organisation' when empty, link-like or too odd to show", () => {
    expect(sanitizeOrganization("")).toBeNull();
    expect(sanitizeOrganization("\u200B ")).toBeNull();
    expect(sanitizeOrganization("Contoso (https://contoso.example)")).toBeNull();
  });

  it("holds a longer name than the schema allows to its length in UTF-16 units", () => {
    const shown = sanitizeOrganization("😀".repeat(MAX_ORGANIZATION_LENGTH));
    expect(shown?.length).toBeLessThanOrEqual(MAX_ORGANIZATION_LENGTH);
    expect(shown).not.toMatch(/\p{Cs}/u);
  });
});
