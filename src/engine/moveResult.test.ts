import { describe, expect, it } from "vitest";

import { failureStep } from "./moveResult.ts";

describe("failureStep", () => {
  it("words a failure by its step, except a put-back or read-back that did not succeed", () => {
    expect(["read", "add-bcc", "verify-bcc", "rewrite-to-cc"].map((s) => failureStep(s as never))).toEqual([
      "read",
      "add-bcc",
      "verify-bcc",
      "rewrite-to-cc",
    ]);
    expect([failureStep("restore"), failureStep("confirm")]).toEqual([null, null]);
  });
});
