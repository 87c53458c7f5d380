import { describe, expect, it } from "vitest";

import { checkRuleAddress } from "./ruleAddress.ts";

describe("checkRuleAddress", () => {
  it.each(["compliance@contoso.com", "o'brien@contoso.com", " pilot.user@uk.contoso.com ", "a+b$c`d@contoso.com"])(
    "accepts %j",
    (raw) => {
      expect(checkRuleAddress("--report-to", raw)).toEqual({ ok: true, address: raw.trim() });
    },
  );

  it.each([
    "a\u2018;Remove-Item x@contoso.com",
    "$(calc)@contoso.com",
    "Compliance <c@contoso.com>",
    "c@contoso.com\nRemove-Item",
    "c@contoso.com, d@contoso.com",
    "no-at-sign",
    "c@localhost",
    "c@\u0441ontoso.com",
    "\u202ec@contoso.com",
  ])("refuses %j with a message naming the option", (raw) => {
    const result = checkRuleAddress("--only-from", raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^--only-from: .* is not a plain e-mail address/u);
  });
});
