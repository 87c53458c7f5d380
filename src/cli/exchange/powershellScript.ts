import { powershellArray, powershellString } from "./powershellString.ts";
import { CLEARABLE_PARAMETERS, type TransportRule, type TransportRuleOptions } from "./transportRules.ts";

export interface ScriptContext {
  /** The CLI's version, named in the header so an admin can tell which release wrote the file. */
  version: string;
  /** The policy's organisation name, kept in each rule's Comments; may be empty. Any text: it is quoted. */
  organization: string;
}

/**
 * The whole script: a header that says what each rule does and how to remove it, a helper that creates a
 * rule or updates the one of the same name (so running the script twice leaves the same rules), and one
 * call per rule. Only fixed text goes into comments; every value from outside goes through
 * `powershellString`, which throws on a value that cannot be written.
 */
export function renderPowerShellScript(
  rules: readonly TransportRule[],
  options: TransportRuleOptions,
  context: ScriptContext,
): string {
  const modeLine =
    options.mode === "enforce"
      ? "# Mode: Enforce. The rules act: the coverage header is added, incident reports are sent."
      : "# Mode: Audit. Matches are written to message trace and the rule reports; nothing affects delivery.\n" +
        "# Run `bcc-guard exchange-rules --mode enforce` (or Set-TransportRule -Mode Enforce) when the results look right.";
  const lines = [
    `# BCC Guard: Exchange Online mail flow rules, written by \`bcc-guard exchange-rules\` ${context.version}.`,
    "#",
    "# Apply in Exchange Online PowerShell:   Connect-ExchangeOnline   then   .\\bcc-guard-rules.ps1",
    "# Safe to run again: an existing rule of the same name is updated, a missing one is created.",
    modeLine,
    options.onlyFrom === undefined
      ? "# Scope: mail from everyone in the organisation."
      : "# Scope: mail from one sender only (the From value below), to try the rules on one mailbox first.",
    options.reportTo === undefined
      ? "# Incident reports: none (no --report-to); override rules only log their matches."
      : "# Incident reports: sent to the GenerateIncidentReport address below.",
    "#",
    "# The rules:",
    ...rules.flatMap((rule, index) => [`#  ${index + 1}. ${rule.name}`, ...wrapComment(rule.purpose, "#     ")]),
    "#",
    "# Not possible as a mail flow rule: a warning or moderation for a long To/Cc list. Transport rules have no",
    "# condition on the number of recipients; only the add-in (and `bcc-guard audit`) can judge a list's size.",
    "#",
    "# To remove them:",
    ...rules.map((rule) => `#   Remove-TransportRule -Identity ${powershellString(rule.name)} -Confirm:$false`),
    "#",
    "# The authors have not run this script against a real tenant: try it on one mailbox first (docs/ADMIN.md).",
    "",
    "$ErrorActionPreference = 'Stop'",
    "",
    "function Set-BccGuardRule {",
    "  param([string] $Name, [hashtable] $Parameters)",
    "  if (Get-TransportRule -Identity $Name -ErrorAction SilentlyContinue) {",
    "    # A re-run with fewer options must also take the old ones off the rule.",
    `    foreach ($clear in ${powershellArray(CLEARABLE_PARAMETERS)}) {`,
    "      if (-not $Parameters.ContainsKey($clear)) { $Parameters[$clear] = $null }",
    "    }",
    "    Set-TransportRule -Identity $Name @Parameters",
    "    Write-Host ('Updated rule: ' + $Name)",
    "  } else {",
    "    New-TransportRule -Name $Name @Parameters | Out-Null",
    "    Write-Host ('Created rule: ' + $Name)",
    "  }",
    "}",
    "",
  ];
  for (const rule of rules) {
    const comments =
      `${rule.purpose} Written by bcc-guard exchange-rules ${context.version}.` +
      (context.organization === "" ? "" : ` Organisation: ${context.organization}.`);
    lines.push(`Set-BccGuardRule -Name ${powershellString(rule.name)} -Parameters @{`);
    for (const [name, value] of rule.parameters) {
      lines.push(`  ${name} = ${typeof value === "string" ? powershellString(value) : powershellArray(value)}`);
    }
    lines.push(`  Comments = ${powershellString(comments)}`, "}", "");
  }
  return lines.join("\n");
}

/** Fixed English text folded at about 100 columns for the header. */
function wrapComment(text: string, prefix: string): string[] {
  const out: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && prefix.length + line.length + 1 + word.length > 110) {
      out.push(prefix + line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") out.push(prefix + line);
  return out;
}
