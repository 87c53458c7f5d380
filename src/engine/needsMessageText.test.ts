import { describe, expect, it } from "vitest";

import { DEFAULT_POLICY } from "./defaultPolicy.ts";
import { needsMessageText } from "./needsMessageText.ts";

describe("needsMessageText", () => {
  it("reads the subject and body only for a policy with sensitive keywords", () => {
    expect(needsMessageText({ ...DEFAULT_POLICY, sensitive: { ...DEFAULT_POLICY.sensitive, keywords: [] } })).toBe(
      false,
    );
    expect(
      needsMessageText({ ...DEFAULT_POLICY, sensitive: { ...DEFAULT_POLICY.sensitive, keywords: ["diagnosis"] } }),
    ).toBe(true);
  });
});
