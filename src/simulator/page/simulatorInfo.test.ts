import { describe, expect, it } from "vitest";

import { loadSimulatorInfo, policyLabel } from "./simulatorInfo.ts";

const reply =
  (body: unknown, status = 200) =>
  async () =>
    new Response(JSON.stringify(body), { status });

describe("what the simulator page learns from its server", () => {
  it("names the policy file npm start was given, or the default policy", async () => {
    const given = await loadSimulatorInfo(reply({ policyFile: "policy/examples/healthcare.json" }));
    expect(policyLabel(given)).toBe("policy/examples/healthcare.json");
    expect(policyLabel(await loadSimulatorInfo(reply({ policyFile: null })))).toBe("default");
  });

  it("falls back to the default policy when the server does not answer", async () => {
    expect(await loadSimulatorInfo(reply({}, 404))).toEqual({ policyFile: null });
    expect(
      await loadSimulatorInfo(async () => {
        throw new TypeError("offline");
      }),
    ).toEqual({ policyFile: null });
  });
});
