import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import { describe, expect, it } from "vitest";

import { DEFAULT_POLICY, evaluate } from "../../engine/index.ts";
import { parsePolicy } from "../../engine/policySchema.ts";
import { DEFAULT_SENDER } from "../host/index.ts";

import { PRESETS } from "./presets.ts";

const ACTION_FOR = { blocked: "block", warning: "warn", sends: "allow" } as const;

function healthcarePolicy() {
  const file = resolve(import.meta.dirname, "../../../policy/examples/healthcare.json");
  const parsed = parsePolicy(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.ok) throw new Error("policy/examples/healthcare.json no longer parses");
  return parsed.policy;
}

describe("presets", () => {
  it.each(PRESETS.map((preset) => [preset.label, preset] as const))(
    "%s gets the outcome it promises under the default policy",
    (_, preset) => {
      const verdict = evaluate({ ...preset.compose, from: DEFAULT_SENDER }, DEFAULT_POLICY);
      expect(verdict.action).toBe(ACTION_FOR[preset.expected]);
    },
  );

  it("recreates the incidents at their real sizes, with no one listed twice", () => {
    const sizes = Object.fromEntries(
      PRESETS.map((preset) => {
        const { to, cc, bcc } = preset.compose;
        const all = [...to, ...cc, ...bcc].map((r) => r.emailAddress.toLowerCase());
        expect(new Set(all).size).toBe(all.length);
        return [preset.id, { to: to.length, cc: cc.length }];
      }),
    );
    expect(sizes["feedback-300"]).toEqual({ to: 300, cc: 0 });
    expect(sizes["apology-416"]?.cc).toBe(416);
    expect(sizes["patients-15"]).toEqual({ to: 15, cc: 0 });
    expect(sizes["memo-60"]).toEqual({ to: 60, cc: 0 });
  });

  it("blocks the patients' message under the healthcare example policy", () => {
    const patients = PRESETS.find((preset) => preset.id === "patients-15");
    expect(patients).toBeDefined();
    const verdict = evaluate({ ...patients?.compose, from: DEFAULT_SENDER }, healthcarePolicy());
    expect(verdict).toMatchObject({ action: "block", sensitive: true });
  });
});
