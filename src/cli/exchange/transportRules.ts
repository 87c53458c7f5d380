import type { Policy } from "../../engine/policy.ts";

/**
 * The Exchange Online mail flow rules that sit behind the add-in, built on its verdict stamp (the
 * `X-BCC-Guard` header, `v=1; action=…; mode=…; …`, keys in a fixed order). Every parameter name and value
 * here is one that Microsoft's New-TransportRule reference lists for Exchange Online.
 *
 * Why no rule looks at the policy's internal domains: `-FromScope InOrganization` and `-SentToScope
 * NotInOrganization` use the tenant's own accepted domains, which is what Exchange can see, and the stamp
 * (not the recipients) tells whether the add-in checked a message: an unstamped message to a sister company
 * listed in `internalDomains` was still never checked, so leaving it out would flatter the coverage figure.
 * And no rule can count recipients: transport rules have no recipient-count condition, so the size of a
 * To/Cc list can only be judged by the add-in (or by `bcc-guard audit` afterwards).
 */

export const STAMP_HEADER = "X-BCC-Guard";
export const COVERAGE_HEADER = "X-BCC-Guard-Coverage";

/** `audit`: matches are logged (message trace, rule reports) and nothing that affects delivery happens. */
export type RuleMode = "audit" | "enforce";

export interface TransportRuleOptions {
  /** Where incident reports go (a compliance mailbox); without it the override rules only log. */
  reportTo?: string;
  /** Limit every rule to mail from this one sender, to try the rules on one mailbox first. */
  onlyFrom?: string;
  /** @default "audit" */
  mode: RuleMode;
}

/** A parameter value: a string, or a list of strings. Rendered as PowerShell literals, never interpolated. */
export type ParameterValue = string | readonly string[];

export interface TransportRule {
  /** Stable across versions: re-running the script updates the rule of this name. At most 64 characters. */
  name: string;
  /** What the rule is for, in the script's header and in the rule's own Comments (at most 1,024 characters). */
  purpose: string;
  /** New-TransportRule parameters (without -Name), in the order they are written. */
  parameters: ReadonlyArray<readonly [string, ParameterValue]>;
}

/** Parameters a re-run may have to remove from an existing rule (e.g. `--only-from` dropped): see the script. */
export const CLEARABLE_PARAMETERS = ["From", "GenerateIncidentReport", "IncidentReportContent"] as const;

// Anchored on the stamp's first keys, in the contract's order, using only `^ ( | )`: regex features that
// Exchange's legacy pattern syntax and the current .NET one both read the same way.
const ANY_STAMP = "^v=1;";
const SEND_ANYWAY = "^v=1; action=warn; mode=(enforce|warn-only);";
const SENT_AFTER_ERROR = "^v=1; action=error; mode=(enforce|warn-only);";
const MONITOR_BLOCK = "^v=1; action=block; mode=monitor;";

// What an incident report holds: who sent it, to whom, the subject, the rule and its severity. Not the
// message itself (`AttachOriginalMail`): the compliance mailbox gets what it needs to follow up, no more.
const REPORT_CONTENT = ["Sender", "Recipients", "CC", "BCC", "Subject", "Severity", "RuleDetections"];

export function buildTransportRules(policy: Policy, options: TransportRuleOptions): TransportRule[] {
  const mode = options.mode === "enforce" ? "Enforce" : "Audit";
  const scope: Array<readonly [string, ParameterValue]> = [["FromScope", "InOrganization"]];
  if (options.onlyFrom !== undefined) scope.push(["From", options.onlyFrom]);
  const report = (severity: string): Array<readonly [string, ParameterValue]> =>
    options.reportTo === undefined
      ? [["SetAuditSeverity", severity]]
      : [
          ["SetAuditSeverity", severity],
          ["GenerateIncidentReport", options.reportTo],
          ["IncidentReportContent", REPORT_CONTENT],
        ];
  // A warning after unreadable recipients (onError "warn") that was sent is also a Send Anyway.
  const sendAnywayPatterns = policy.onError === "warn" ? [SEND_ANYWAY, SENT_AFTER_ERROR] : [SEND_ANYWAY];

  return [
    {
      name: "BCC Guard - external mail without a stamp",
      purpose:
        "Coverage meter: external mail from the organisation that carries no BCC Guard stamp, so the add-in never " +
        "checked it (a phone app, mail merge, another client, or the add-in failed to load).",
      parameters: [
        ...scope,
        ["SentToScope", "NotInOrganization"],
        ["ExceptIfHeaderMatchesMessageHeader", STAMP_HEADER],
        ["ExceptIfHeaderMatchesPatterns", [ANY_STAMP]],
        ["SetHeaderName", COVERAGE_HEADER],
        ["SetHeaderValue", "unchecked"],
        ["SetAuditSeverity", "Low"],
        ["Mode", mode],
      ],
    },
    {
      name: "BCC Guard - sent with Send Anyway",
      purpose:
        "Override report: the add-in warned about exposed recipients and the sender chose Send Anyway (the stamp " +
        "says action=warn in enforce or warn-only mode).",
      parameters: [
        ...scope,
        ["HeaderMatchesMessageHeader", STAMP_HEADER],
        ["HeaderMatchesPatterns", sendAnywayPatterns],
        ...report("Medium"),
        ["Mode", mode],
      ],
    },
    {
      name: "BCC Guard - would have been blocked",
      purpose:
        "Monitor-mode report: the add-in would have blocked this message in enforce mode and let it go because " +
        "the policy is in monitor mode (the stamp says action=block; mode=monitor).",
      parameters: [
        ...scope,
        ["HeaderMatchesMessageHeader", STAMP_HEADER],
        ["HeaderMatchesPatterns", [MONITOR_BLOCK]],
        ...report("High"),
        ["Mode", mode],
      ],
    },
  ];
}
