import type { Policy } from "../../engine/policy.ts";
import type { Action, Reason } from "../../engine/verdict.ts";
import type { AuditTally, RiskyMessage } from "./auditTally.ts";
import type { Unreadable } from "./mailRecord.ts";
import type { StampAction } from "./stampHeader.ts";
import { whatIfTable, type WhatIfTable } from "./whatIf.ts";

/**
 * The audit's result as one plain object: what `--json` prints (its fields are documented in docs/audit-json.md)
 * and what the text report is written from, so the two cannot disagree.
 */
export interface AuditSummary {
  format: "bcc-guard-audit/1";
  policy: {
    file: string | null;
    mode: Policy["mode"];
    thresholds: { warnAt: number; blockAt: number };
    sensitive: { keywords: number; warnAt: number; blockAt: number };
    largeAudienceWarnAt: number | null;
  };
  files: { mail: number; ignored: number };
  messages: { read: number; unreadable: number; skipped: number };
  verdicts: Record<Action, { count: number; reasons: Partial<Record<Reason, number>> }>;
  stamps: { stamped: number; unstamped: number; byAction: Record<StampAction, number> };
  riskiest: (Omit<RiskyMessage, "date"> & { date: string | null })[];
  unreadable: Unreadable[];
  /** Unreadable items past the listing limit, counted only. */
  unreadableNotListed: number;
  whatIf: WhatIfTable;
}

export function summarize(
  tally: AuditTally,
  policyFile: string | null,
  files: { mail: number; ignored: number },
): AuditSummary {
  const policy = tally.policy;
  const verdicts = {} as AuditSummary["verdicts"];
  for (const action of tally.actions) {
    verdicts[action] = { count: tally.byAction[action], reasons: { ...tally.reasonsByAction[action] } };
  }
  return {
    format: "bcc-guard-audit/1",
    policy: {
      file: policyFile,
      mode: policy.mode,
      thresholds: { ...policy.thresholds },
      sensitive: {
        keywords: policy.sensitive.keywords.length,
        warnAt: policy.sensitive.warnAt,
        blockAt: policy.sensitive.blockAt,
      },
      largeAudienceWarnAt: policy.largeAudience.warnAt,
    },
    files,
    messages: { read: tally.messages, unreadable: tally.unreadableCount, skipped: tally.skipped },
    verdicts,
    stamps: {
      stamped: tally.stamped,
      unstamped: tally.messages - tally.stamped,
      byAction: { ...tally.stampedByAction },
    },
    riskiest: tally.riskiest.map((risky) => ({
      ...risky,
      date: risky.date === null ? null : risky.date.toISOString(),
    })),
    unreadable: [...tally.unreadable],
    unreadableNotListed: tally.unreadableCount - tally.unreadable.length,
    whatIf: whatIfTable(tally.whatIf, policy),
  };
}
