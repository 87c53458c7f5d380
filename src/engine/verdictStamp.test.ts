import { describe, expect, it } from "vitest";

import { DEFAULT_POLICY } from "./defaultPolicy.ts";
import { assessMessage } from "./assess.ts";
import { canonicalJson, fnv1a32, formatStamp, policyHash } from "./verdictStamp.ts";

const policy = { ...DEFAULT_POLICY, internalDomains: ["contoso.com"], organization: "Contoso" };
const customers = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ emailAddress: `c${i}@customer${i}.example`, displayName: `C ${i}` }));

describe("the verdict stamp", () => {
  it("writes the contract's keys in order, lower-case tokens and numbers only", () => {
    const { verdict } = assessMessage({ from: null, to: customers(300), cc: [], bcc: [] }, policy);
    const stamp = formatStamp({ verdict, policy, checked: "compose", compose: "new" });
    expect(stamp).toBe(
      `v=1; action=block; mode=enforce; checked=compose; compose=new; visible=300; external=300; parties=300; groups=0; sensitive=no; policy=${policyHash(policy)}`,
    );
    for (const pair of stamp.split("; ")) expect(pair).toMatch(/^[a-z]+=[a-z0-9-]+$/);
  });

  it("says action=error with zero counts when the recipients could not be read", () => {
    const stamp = formatStamp({
      verdict: null,
      policy: { ...policy, mode: "monitor" },
      checked: "compose",
      compose: "unknown",
    });
    expect(stamp).toMatch(
      /^v=1; action=error; mode=monitor; checked=compose; compose=unknown; visible=0; external=0; parties=0; groups=0; sensitive=no; policy=[0-9a-f]{8}$/,
    );
  });

  it("hashes the policy with FNV-1a over canonical JSON, so key order does not matter but any value does", () => {
    expect(fnv1a32("")).toBe("811c9dc5");
    expect(fnv1a32("a")).toBe("e40c292c");
    expect(fnv1a32("foobar")).toBe("bf9cf968");
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: "é" }] })).toBe('{"a":[{"c":"é","d":2}],"b":1}');
    const reordered = Object.fromEntries(Object.entries(policy).reverse()) as typeof policy;
    expect(policyHash(reordered)).toBe(policyHash(policy));
    expect(policyHash({ ...policy, thresholds: { warnAt: 5, blockAt: 21 } })).not.toBe(policyHash(policy));
  });
});
