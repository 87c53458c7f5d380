import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import { describe, expect, it } from "vitest";

import { DEFAULT_POLICY, evaluate } from "../../engine/index.ts";
import type { Policy } from "../../engine/index.ts";
import { parsePolicy } from "../../engine/policySchema.ts";
import { handleMessageSend } from "../../events/sendHandler.ts";
import { createTestOutlook, recordingEvent } from "../../../test/support/testOutlook.ts";
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
    expect(sizes["reply-all-416"]).toEqual({ to: 1, cc: 416 });
  });

  it("blocks the patients' message under the healthcare example policy", () => {
    const patients = PRESETS.find((preset) => preset.id === "patients-15");
    expect(patients).toBeDefined();
    const verdict = evaluate({ ...patients?.compose, from: DEFAULT_SENDER }, healthcarePolicy());
    expect(verdict).toMatchObject({ action: "block", sensitive: true });
  });
});

describe("the reply-all and monitor-mode presets", () => {
  async function sendPreset(id: string, policy: Policy) {
    const preset = PRESETS.find((candidate) => candidate.id === id);
    if (!preset) throw new Error(`no preset ${id}`);
    const outlook = createTestOutlook(preset.compose);
    const { calls, event } = recordingEvent();
    const { item, client, headers, composeType } = outlook;
    await handleMessageSend(event, { item, policy, client, headers, composeType });
    return { options: calls[0] ?? {}, stamp: outlook.host.getSnapshot().internetHeaders["X-BCC-Guard"] };
  }

  it("the reply-all storm is a reply and its alert says the reply sends every address again", async () => {
    const { options } = await sendPreset("reply-all-416", DEFAULT_POLICY);
    expect(String(options.errorMessage)).toContain("This reply-all sends all their addresses out again");
  });

  it("the monitor preset sends under its policy, stamped with the block enforce would have made", async () => {
    const preset = PRESETS.find((candidate) => candidate.id === "monitor-250");
    const file = resolve(import.meta.dirname, "../../..", preset?.withPolicy?.file ?? "missing");
    const parsed = parsePolicy(JSON.parse(readFileSync(file, "utf8")));
    if (!parsed.ok) throw new Error(`${file} no longer parses`);
    const { options, stamp } = await sendPreset("monitor-250", parsed.policy);
    expect(preset?.withPolicy?.expected).toBe("sends");
    expect(options).toEqual({ allowEvent: true });
    expect(stamp).toContain("action=block; mode=monitor;");
  });
});
