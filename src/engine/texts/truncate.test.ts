import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { truncate, truncateToLength } from "./truncate.ts";

const LONE_SURROGATE = /\p{Cs}/u;

describe("truncate", () => {
  it("leaves a short name alone", () => {
    expect(truncate("Ann Smith", 40)).toBe("Ann Smith");
  });

  it("cuts a long name to the limit with an ellipsis, never after a space", () => {
    expect(truncate("Annabelle Smithson-Worthington", 11)).toBe("Annabelle…");
  });

  it("never splits an emoji's surrogate pair", () => {
    const cut = truncate("😀".repeat(50), 40);
    expect(Array.from(cut)).toHaveLength(40);
    expect(cut.endsWith("😀…")).toBe(true);
    expect(cut).not.toMatch(LONE_SURROGATE);
  });
});

describe("truncateToLength", () => {
  it("counts UTF-16 units, as Outlook's limits do, and keeps pairs whole", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), fc.integer({ min: 1, max: 150 }), (text, max) => {
        const cut = truncateToLength(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        expect(cut).not.toMatch(LONE_SURROGATE);
        if (text.length <= max) expect(cut).toBe(text);
        else expect(cut.endsWith("…")).toBe(true);
      }),
    );
  });
});
