import { describe, expect, it } from "vitest";

import { DEFAULT_POLICY } from "../../engine/defaultPolicy.ts";
import type { Policy } from "../../engine/policy.ts";
import { renderPowerShellScript } from "./powershellScript.ts";
import { buildTransportRules, type TransportRuleOptions } from "./transportRules.ts";

const CONTEXT = { version: "1.0.0", organization: "Contoso" };

function script(options: TransportRuleOptions, policy: Policy = DEFAULT_POLICY, organization = "Contoso"): string {
  return renderPowerShellScript(buildTransportRules(policy, options), options, { ...CONTEXT, organization });
}

// New-TransportRule's parameters and values used here, as Microsoft's reference for Exchange Online lists them.
const DOCUMENTED: Record<string, readonly string[] | "address" | "text" | "pattern"> = {
  FromScope: ["InOrganization", "NotInOrganization"],
  SentToScope: ["InOrganization", "NotInOrganization"],
  From: "address",
  HeaderMatchesMessageHeader: "text",
  HeaderMatchesPatterns: "pattern",
  ExceptIfHeaderMatchesMessageHeader: "text",
  ExceptIfHeaderMatchesPatterns: "pattern",
  SetHeaderName: "text",
  SetHeaderValue: "text",
  SetAuditSeverity: ["DoNotAudit", "Low", "Medium", "High"],
  GenerateIncidentReport: "address",
  IncidentReportContent: [
    "Sender",
    "Recipients",
    "Subject",
    "CC",
    "BCC",
    "Severity",
    "Override",
    "RuleDetections",
    "FalsePositive",
    "DataClassifications",
    "IdMatch",
    "AttachOriginalMail",
  ],
  Mode: ["Audit", "AuditAndNotify", "Enforce"],
  Comments: "text",
};

/** The `Name = value` lines of each Set-BccGuardRule call. */
function ruleBlocks(text: string): { name: string; parameters: Map<string, string> }[] {
  const blocks: { name: string; parameters: Map<string, string> }[] = [];
  for (const match of text.matchAll(/^Set-BccGuardRule -Name '([^']+)' -Parameters @\{\n([\s\S]*?)\n\}$/gmu)) {
    const parameters = new Map<string, string>();
    for (const line of match[2]!.split("\n")) {
      const parsed = /^ {2}(\w+) = (.+)$/u.exec(line);
      if (parsed === null) throw new Error(`unexpected line ${line}`);
      parameters.set(parsed[1]!, parsed[2]!);
    }
    blocks.push({ name: match[1]!, parameters });
  }
  return blocks;
}

describe("the Exchange rules script", () => {
  it("matches the golden file in audit mode with incident reports", async () => {
    await expect(script({ mode: "audit", reportTo: "compliance@contoso.com" })).toMatchFileSnapshot(
      "golden/audit-with-reports.ps1",
    );
  });

  it("matches the golden file in enforce mode for one test mailbox, without incident reports", async () => {
    await expect(script({ mode: "enforce", onlyFrom: "pilot.user@contoso.com" })).toMatchFileSnapshot(
      "golden/enforce-one-mailbox.ps1",
    );
  });

  it("uses only New-TransportRule parameters and values that Microsoft documents", () => {
    const blocks = ruleBlocks(script({ mode: "audit", reportTo: "compliance@contoso.com", onlyFrom: "a@contoso.com" }));
    expect(blocks).toHaveLength(3);
    for (const block of blocks) {
      expect(block.name.length).toBeLessThanOrEqual(64);
      for (const [name, value] of block.parameters) {
        const allowed = DOCUMENTED[name];
        expect(allowed, `parameter ${name}`).toBeDefined();
        if (Array.isArray(allowed)) {
          for (const item of value.replace(/^@\(|\)$/gu, "").split(", ")) expect(allowed).toContain(item.slice(1, -1));
        }
      }
      expect(block.parameters.get("Comments")!.length).toBeLessThanOrEqual(1024);
    }
  });

  it("starts every rule in Audit mode unless asked for Enforce", () => {
    const audit = ruleBlocks(script({ mode: "audit" }));
    const enforce = ruleBlocks(script({ mode: "enforce" }));
    expect(audit.map((block) => block.parameters.get("Mode"))).toEqual(["'Audit'", "'Audit'", "'Audit'"]);
    expect(enforce.map((block) => block.parameters.get("Mode"))).toEqual(["'Enforce'", "'Enforce'", "'Enforce'"]);
  });

  it("counts external mail with no stamp, and reports Send Anyway and monitor-mode blocks from inside the organisation", () => {
    const [coverage, sendAnyway, monitor] = ruleBlocks(script({ mode: "audit", reportTo: "c@contoso.com" }));
    expect(coverage!.parameters.get("SentToScope")).toBe("'NotInOrganization'");
    expect(coverage!.parameters.get("ExceptIfHeaderMatchesMessageHeader")).toBe("'X-BCC-Guard'");
    expect(coverage!.parameters.has("GenerateIncidentReport")).toBe(false);
    for (const block of [coverage, sendAnyway, monitor])
      expect(block!.parameters.get("FromScope")).toBe("'InOrganization'");
    expect(sendAnyway!.parameters.get("GenerateIncidentReport")).toBe("'c@contoso.com'");
    expect(monitor!.parameters.get("HeaderMatchesPatterns")).toBe("@('^v=1; action=block; mode=monitor;')");
  });

  it("matches the stamps it should and no others", () => {
    const stamp = (action: string, mode: string) =>
      `v=1; action=${action}; mode=${mode}; checked=send; compose=new; visible=9; external=9; parties=9; groups=0; sensitive=no; policy=1a2b3c4d`;
    const [, sendAnyway, monitor] = buildTransportRules(DEFAULT_POLICY, { mode: "audit" });
    const patterns = (rule: typeof sendAnyway) =>
      (rule!.parameters.find(([name]) => name === "HeaderMatchesPatterns")![1] as string[]).map(
        (p) => new RegExp(p, "u"),
      );
    const matches = (rule: typeof sendAnyway, value: string) => patterns(rule).some((pattern) => pattern.test(value));
    expect(matches(sendAnyway, stamp("warn", "enforce"))).toBe(true);
    expect(matches(sendAnyway, stamp("warn", "warn-only"))).toBe(true);
    expect(matches(sendAnyway, stamp("error", "enforce"))).toBe(true); // onError "warn" by default
    expect(matches(sendAnyway, stamp("warn", "monitor"))).toBe(false);
    expect(matches(sendAnyway, stamp("allow", "enforce"))).toBe(false);
    expect(matches(monitor, stamp("block", "monitor"))).toBe(true);
    expect(matches(monitor, stamp("warn", "monitor"))).toBe(false);
    const strict = buildTransportRules({ ...DEFAULT_POLICY, onError: "block" }, { mode: "audit" })[1];
    expect(matches(strict, stamp("error", "enforce"))).toBe(false);
  });

  it("keeps a hostile organisation name inert: quoted in Comments, never in a comment line", () => {
    const hostile = "Evil\u2019; Remove-TransportRule * ; $(calc) `n";
    const text = script({ mode: "audit" }, DEFAULT_POLICY, hostile);
    expect(text).toMatch(/^[\x20-\x7e\n]*$/u);
    expect(text).not.toContain("\u2019");
    expect(text).toContain("Organisation: Evil' + [char]0x2019 + '; Remove-TransportRule * ; $(calc) `n.'");
    for (const line of text.split("\n").filter((l) => l.startsWith("#"))) expect(line).not.toContain("Evil");
  });

  it("refuses an organisation name with a line break", () => {
    expect(() => script({ mode: "audit" }, DEFAULT_POLICY, "Contoso\n}; Remove-Item")).toThrow(/U\+000A/u);
  });

  it("tells how to remove each rule and updates a rule that exists instead of adding a second one", () => {
    const text = script({ mode: "audit" });
    for (const block of ruleBlocks(text)) {
      expect(text).toContain(`#   Remove-TransportRule -Identity '${block.name}' -Confirm:$false`);
    }
    expect(text).toContain("if (Get-TransportRule -Identity $Name -ErrorAction SilentlyContinue) {");
    expect(text).toContain("Set-TransportRule -Identity $Name @Parameters");
  });
});
