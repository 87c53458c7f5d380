import { describe, expect, it } from "vitest";

import { parsePaneOpenContext } from "./paneOpenContext.ts";

describe("parsePaneOpenContext", () => {
  it.each([
    {
      text: JSON.stringify({ source: "send", action: "block", reasons: ["exposed-parties"], counts: { parties: 30 } }),
      context: { source: "send", action: "block" },
    },
    { text: JSON.stringify({ source: "send", action: "warn" }), context: { source: "send", action: "warn" } },
    { text: JSON.stringify({ source: "send", error: true }), context: { source: "send-error" } },
    { text: JSON.stringify({ source: "infobar", action: "warn" }), context: { source: "infobar", action: "warn" } },
  ])("reads what the send handler and the infobar pass: $text", ({ text, context }) => {
    expect(parsePaneOpenContext(text)).toEqual(context);
  });

  it.each([
    null,
    undefined,
    "",
    "   ",
    "not json",
    "42",
    "null",
    '{"source":"send","action":"allow"}',
    '{"source":"x"}',
  ])("treats %j as an ordinary open", (text) => {
    expect(parsePaneOpenContext(text)).toBeNull();
  });
});
