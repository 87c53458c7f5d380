import { describe, expect, it } from "vitest";

import { DEFAULT_POLICY } from "./defaultPolicy.ts";
import { evaluate } from "./evaluate.ts";

describe("evaluate", () => {
  it("blocks 312 customers on four webmail domains in To, like the Orange incident", () => {
    const domains = ["gmail.com", "hotmail.co.uk", "orange.net", "btinternet.com"];
    const to = Array.from({ length: 312 }, (_, i) => `customer${i}@${domains[i % 4]}`);
    expect(evaluate({ from: "agent@contoso.com", to, cc: [], bcc: [] }, DEFAULT_POLICY)).toEqual({
      action: "block",
      reasons: ["exposed-parties"],
      sensitive: false,
      counts: { visible: 312, visibleInternal: 0, visibleExternal: 312, parties: 312, bcc: 0, unresolved: 0 },
      thresholds: { warnAt: 5, blockAt: 20 },
    });
  });
});
