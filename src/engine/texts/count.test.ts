import { afterEach, describe, expect, it, vi } from "vitest";

import { count, plural } from "./count.ts";

const people = { one: "personne", many: "de personnes", other: "personnes" };

describe("count", () => {
  it("writes numbers the way each language does", () => {
    expect(count(1234567, "en").text).toBe("1,234,567");
    expect(count(1234567, "fr").text).toBe("1\u202f234\u202f567");
    expect(count(1234567, "de").text).toBe("1.234.567");
    expect(count(1234567, "ja").text).toBe("1,234,567");
  });

  it("picks the plural form: French '0 personne', '2 personnes', '1 000 000 de personnes'", () => {
    expect(plural(count(0, "fr"), people)).toBe("personne");
    expect(plural(count(2, "fr"), people)).toBe("personnes");
    expect(plural(count(1_000_000, "fr"), people)).toBe("de personnes");
    expect(plural(count(1_000_001, "fr"), people)).toBe("personnes");
    expect(plural(count(0, "en"), { one: "person", other: "people" })).toBe("people");
  });

  it("treats a count that is not a whole non-negative number as one", () => {
    expect(count(-3, "en").value).toBe(0);
    expect(count(Number.NaN, "en").value).toBe(0);
    expect(count(2.7, "en").value).toBe(2);
  });
});

describe("count without Intl (an Outlook runtime that lacks it)", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it("still groups digits and tells one from many", async () => {
    vi.stubGlobal("Intl", undefined);
    vi.resetModules();
    expect(globalThis.Intl).toBeUndefined();
    const bare = await import("./count.ts");
    expect(bare.count(1234567, "fr").text).toBe("1\u202f234\u202f567");
    expect(bare.count(12345, "de").text).toBe("12.345");
    expect(bare.count(999, "en").text).toBe("999");
    expect(bare.plural(bare.count(1, "en"), { one: "person", other: "people" })).toBe("person");
    expect(bare.plural(bare.count(0, "fr"), people)).toBe("personne");
    expect(bare.plural(bare.count(2, "de"), { one: "Person", other: "Personen" })).toBe("Personen");
  });
});
