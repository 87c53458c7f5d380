import { describe, expect, it } from "vitest";

import { evaluate } from "../engine/index.ts";
import type { Verdict } from "../engine/index.ts";
import { contosoPolicy, SENDER } from "../../test/support/contoso.ts";
import { addresses } from "../../test/support/recipients.ts";

import { parsePaneOpenContext, writePaneContextData } from "./paneOpenContext.ts";

/** The verdict Contoso's policy gives a message to `count` customers at webmail providers, all in To. */
function verdictFor(count: number, subject = "Your feedback"): Verdict {
  const to = addresses(count, ["gmail.com", "orange.fr", "btinternet.com"], "customer");
  return evaluate({ from: SENDER, to, subject, body: "" }, contosoPolicy());
}

describe("writePaneContextData then parsePaneOpenContext", () => {
  it("reads back why Send stopped, from the verdict that stopped it", () => {
    for (const [count, action] of [
      [6, "warn"],
      [300, "block"],
    ] as const) {
      const verdict = verdictFor(count);
      expect(verdict.action).toBe(action);
      const text = writePaneContextData({ source: "send", action, reasons: verdict.reasons, counts: verdict.counts });
      expect(parsePaneOpenContext(text)).toEqual({ source: "send", action });
      // The reasons and the counts travel with it, for a reader that wants more than the pane shows.
      expect(JSON.parse(text)).toMatchObject({ reasons: verdict.reasons, counts: { visible: count } });
    }
  });

  it("reads back that Send could not read the recipients", () => {
    expect(parsePaneOpenContext(writePaneContextData({ source: "send", error: true }))).toEqual({
      source: "send-error",
    });
  });

  it.each([
    [2, "allow"],
    [6, "warn"],
    [30, "block"],
  ] as const)("reads back the notice's action for %i customers (%s)", (count, action) => {
    const verdict = verdictFor(count);
    expect(verdict.action).toBe(action);
    const text = writePaneContextData({ source: "infobar", action: verdict.action, counts: verdict.counts });
    expect(parsePaneOpenContext(text)).toEqual({ source: "infobar", action });
  });

  it("writes a string Outlook on Windows before build 17308 accepts, small whatever the message", () => {
    const verdict = verdictFor(5000);
    const text = writePaneContextData({
      source: "send",
      action: "block",
      reasons: verdict.reasons,
      counts: verdict.counts,
    });
    expect(typeof text).toBe("string");
    expect(text).not.toContain("@");
    expect(text.length).toBeLessThan(300);
  });
});

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
    "[]",
    '["send","block"]',
    '{"source":"send","action":"allow"}',
    '{"source":"send","error":"true"}',
    '{"source":"infobar"}',
    '{"source":"x"}',
    '{"source":"send","action":"block"',
    // Data of another shape: bare counts, another add-in's context, an empty object.
    '{"visible":30,"parties":30}',
    '{"count":4}',
    "{}",
  ])("treats %j as an ordinary open", (text) => {
    expect(parsePaneOpenContext(text)).toBeNull();
  });

  it("treats a megabyte of garbage, or of nesting, as an ordinary open without throwing", () => {
    expect(parsePaneOpenContext("x".repeat(1_000_000))).toBeNull();
    expect(parsePaneOpenContext("[".repeat(100_000))).toBeNull();
    expect(parsePaneOpenContext(`${"[".repeat(10_000)}${"]".repeat(10_000)}`)).toBeNull();
  });

  it("still reads a well-formed context that carries far more than it needs", () => {
    const text = JSON.stringify({ source: "send", action: "block", padding: "x".repeat(1_000_000) });
    expect(parsePaneOpenContext(text)).toEqual({ source: "send", action: "block" });
  });
});
