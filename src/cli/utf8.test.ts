import { describe, expect, it } from "vitest";

import { firstInvalidUtf8Byte } from "./utf8.ts";

describe("firstInvalidUtf8Byte", () => {
  it("accepts UTF-8 of every length, a byte-order mark included", () => {
    expect(firstInvalidUtf8Byte(Buffer.from("\uFEFFSociété 日本 😀 \u202E", "utf8"))).toBeUndefined();
  });

  it.each([
    ["a Latin-1 é", Buffer.from("Soci\xe9t\xe9", "latin1"), 4],
    ["an overlong slash", Buffer.from([0x41, 0xc0, 0xaf]), 1],
    ["an encoded surrogate", Buffer.from([0xed, 0xa0, 0x80]), 0],
    ["a code point past U+10FFFF", Buffer.from([0xf4, 0x90, 0x80, 0x80]), 0],
    ["a sequence cut short at the end", Buffer.from([0x41, 0xe6, 0x97]), 1],
    ["a lone continuation byte", Buffer.from([0x80]), 0],
  ])("finds %s", (_what, bytes, index) => {
    expect(firstInvalidUtf8Byte(bytes)).toBe(index);
  });
});
