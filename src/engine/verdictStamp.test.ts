import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { contosoPolicy, SENDER } from "../../test/support/contoso.ts";
import { addresses, contactGroup } from "../../test/support/recipients.ts";

import { composeTypeFromOffice, spreadOf } from "./composeType.ts";
import { evaluate } from "./evaluate.ts";
import {
  canonicalJson,
  errorStamp,
  fnv1a32,
  formatStamp,
  parseStamp,
  policyFingerprint,
  stampFromVerdict,
} from "./verdictStamp.ts";
import type { VerdictStamp } from "./verdictStamp.ts";

const policy = contosoPolicy();
const send = { checked: "send", compose: "reply" } as const;

describe("the verdict stamp", () => {
  it("writes the contract's keys in order, with counts from the verdict and no address or name", () => {
    const message = {
      from: SENDER,
      to: [...addresses(312, ["gmail.com", "yahoo.com"]), contactGroup("Board")],
      cc: addresses(2, "contoso.com"),
    };
    const value = formatStamp(stampFromVerdict(evaluate(message, policy), policy, send));
    expect(value).toBe(
      `v=1; action=block; mode=enforce; checked=send; compose=reply; visible=315; external=313; parties=313; groups=1; sensitive=no; policy=${policyFingerprint(policy)}`,
    );
    expect(value).toMatch(/^[a-z0-9=; -]+$/);
    expect(value).not.toMatch(/gmail|contoso|board|person/i);
  });

  it("records the verdict warn-only gave and the one monitor mode would have enforced", () => {
    const message = { from: SENDER, to: addresses(40, "gmail.com") };
    const warnOnly = contosoPolicy({ mode: "warn-only" });
    const monitor = contosoPolicy({ mode: "monitor" });
    expect(formatStamp(stampFromVerdict(evaluate(message, warnOnly), warnOnly, send))).toContain(
      "action=warn; mode=warn-only;",
    );
    expect(formatStamp(stampFromVerdict(evaluate(message, monitor), monitor, send))).toContain(
      "action=block; mode=monitor;",
    );
  });

  it("says error with zero counts when the recipients could not be read", () => {
    const value = formatStamp(errorStamp(policy, { checked: "send", compose: "unknown" }));
    expect(value).toContain("action=error; mode=enforce; checked=send; compose=unknown; visible=0; external=0;");
  });

  it("marks a sensitive message and a compose-time check", () => {
    const health = contosoPolicy({ sensitive: { keywords: ["HIV"], warnAt: 2, blockAt: 3 } });
    const message = { from: SENDER, to: addresses(3, "gmail.com"), subject: "HIV clinic", body: "" };
    const value = formatStamp(
      stampFromVerdict(evaluate(message, health), health, { checked: "compose", compose: "new" }),
    );
    expect(value).toContain("action=block; mode=enforce; checked=compose; compose=new;");
    expect(value).toContain("sensitive=yes;");
  });

  it("reads back what it writes, for any verdict (property)", () => {
    const stamp: fc.Arbitrary<VerdictStamp> = fc.record({
      v: fc.constant(1 as const),
      action: fc.constantFrom("allow" as const, "warn" as const, "block" as const, "error" as const),
      mode: fc.constantFrom("enforce" as const, "warn-only" as const, "monitor" as const),
      checked: fc.constantFrom("send" as const, "compose" as const),
      compose: fc.constantFrom(
        "new" as const,
        "reply" as const,
        "reply-all" as const,
        "forward" as const,
        "unknown" as const,
      ),
      visible: fc.nat(),
      external: fc.nat(),
      parties: fc.nat(),
      groups: fc.nat(),
      sensitive: fc.boolean(),
      policy: fc.stringMatching(/^[0-9a-f]{8}$/),
    });
    fc.assert(
      fc.property(stamp, (s) => {
        const value = formatStamp(s);
        // Within Office.js's 998 characters for a header's name and value together.
        expect(value.length + "X-BCC-Guard".length).toBeLessThan(998);
        expect(parseStamp(value)).toEqual({ ok: true, stamp: s });
      }),
    );
  });

  it("forgives folding, spaces and case, as a mail server may change them", () => {
    const value = formatStamp(errorStamp(policy, send));
    const folded = value.replace("; visible", ";\r\n visible").toUpperCase().replace(/; /g, " ;  ");
    expect(parseStamp(folded)).toEqual(parseStamp(value));
  });

  it.each([
    ["", 'no version ("v")'],
    ["v=2; action=warn", "version 2 is not supported"],
    ["v=1; action=warn", "keys must be"],
    ["v=1; v=1", '"v" appears twice'],
    ["v=1; action=<script>", "is not a key=value pair"],
  ])("refuses %j, saying why", (value, problem) => {
    const parsed = parseStamp(value);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toContain(problem);
  });

  it("refuses unknown words, negative or fractional counts and a bad policy hash", () => {
    const good = formatStamp(errorStamp(policy, send));
    for (const [from, to] of [
      ["action=error", "action=maybe"],
      ["visible=0", "visible=-1"],
      ["visible=0", "visible=01"],
      [/policy=[0-9a-f]+/, "policy=1234"],
      ["compose=reply", "compose=replyall"],
    ] as const) {
      expect(parseStamp(good.replace(from, to)).ok, `${from} -> ${to}`).toBe(false);
    }
  });
});

describe("the policy fingerprint", () => {
  it("is FNV-1a 32-bit over UTF-8, matching the published test vectors", () => {
    expect(fnv1a32("")).toBe("811c9dc5");
    expect(fnv1a32("a")).toBe("e40c292c");
    expect(fnv1a32("foobar")).toBe("bf9cf968");
    // Multi-byte characters hash as their UTF-8 bytes: "é" is C3 A9.
    expect(fnv1a32("é")).toBe(fnv1a32("\u00e9"));
    expect(fnv1a32("é")).not.toBe(fnv1a32("e"));
  });

  it("ignores the order keys were written in and changes with any value", () => {
    const reordered = Object.fromEntries(Object.entries(policy).reverse()) as typeof policy;
    expect(policyFingerprint(reordered)).toBe(policyFingerprint(policy));
    expect(policyFingerprint(policy)).toMatch(/^[0-9a-f]{8}$/);
    expect(policyFingerprint(contosoPolicy({ thresholds: { warnAt: 5, blockAt: 21 } }))).not.toBe(
      policyFingerprint(policy),
    );
    expect(policyFingerprint(contosoPolicy({ mode: "monitor" }))).not.toBe(policyFingerprint(policy));
  });

  it("serialises canonically: sorted keys at every level, arrays kept in order", () => {
    expect(canonicalJson({ b: [2, 1], a: { d: "x", c: null } })).toBe('{"a":{"c":null,"d":"x"},"b":[2,1]}');
  });
});

describe("compose types", () => {
  it("maps Office.js's answers and anything else to unknown", () => {
    expect(["newMail", "reply", "forward", null, "meeting"].map(composeTypeFromOffice)).toEqual([
      "new",
      "reply",
      "forward",
      "unknown",
      "unknown",
    ]);
  });

  it("words a reply with several people visible as a reply-all, and any forward as a forward", () => {
    expect(spreadOf("reply", 1)).toBeNull();
    expect(spreadOf("reply", 2)).toBe("reply-all");
    expect(spreadOf("forward", 0)).toBe("forward");
    expect(spreadOf("new", 400)).toBeNull();
    expect(spreadOf("unknown", 400)).toBeNull();
  });
});
