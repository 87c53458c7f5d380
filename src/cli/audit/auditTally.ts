import type { Policy } from "../../engine/policy.ts";
import type { Action, Reason, Verdict, VerdictCounts } from "../../engine/verdict.ts";
import type { MailRecord, Unreadable } from "./mailRecord.ts";
import { stampAction, type StampAction } from "./stampHeader.ts";
import { WhatIfCounter } from "./whatIf.ts";

/** A message in the "riskiest" list. Addresses only when the admin asked for them. */
export interface RiskyMessage {
  source: string;
  date: Date | null;
  subject: string;
  action: Action;
  reasons: Reason[];
  counts: VerdictCounts;
  /** The stamp's action when the message carries one (so: the add-in saw it), else `null`. */
  stamp: StampAction | null;
  addresses?: { from: string | null; visible: string[]; visibleTotal: number };
}

export interface TallyOptions {
  /** How many of the riskiest messages to keep. @default 10 */
  top: number;
  /** Keep the sender's and the first visible recipients' addresses of the riskiest messages. @default false */
  showAddresses: boolean;
}

/** Unreadable items listed one by one, at most; past it they are only counted (a broken export can be huge). */
export const MAX_LISTED_UNREADABLE = 1000;
const SHOWN_ADDRESSES = 5;
const ACTIONS: readonly Action[] = ["allow", "warn", "block"];
const SEVERITY: Record<Action, number> = { allow: 0, warn: 1, block: 2 };

/**
 * Everything the report says, gathered one message at a time in memory that does not grow with the number
 * of messages: counts, the top few, and the what-if histogram.
 */
export class AuditTally {
  messages = 0;
  readonly unreadable: Unreadable[] = [];
  unreadableCount = 0;
  skipped = 0;
  readonly byAction: Record<Action, number> = { allow: 0, warn: 0, block: 0 };
  readonly reasonsByAction: Record<Action, Partial<Record<Reason, number>>> = { allow: {}, warn: {}, block: {} };
  stamped = 0;
  readonly stampedByAction: Record<StampAction, number> = { allow: 0, warn: 0, block: 0, error: 0, unknown: 0 };
  readonly riskiest: RiskyMessage[] = [];
  readonly whatIf: WhatIfCounter;

  constructor(
    readonly policy: Policy,
    private readonly options: TallyOptions,
  ) {
    this.whatIf = new WhatIfCounter(policy);
  }

  addMessage(record: MailRecord, verdict: Verdict): void {
    this.messages += 1;
    this.byAction[verdict.action] += 1;
    const reasons = this.reasonsByAction[verdict.action];
    for (const reason of verdict.reasons) reasons[reason] = (reasons[reason] ?? 0) + 1;
    const stamp = record.stamp === null ? null : stampAction(record.stamp);
    if (stamp !== null) {
      this.stamped += 1;
      this.stampedByAction[stamp] += 1;
    }
    this.whatIf.add(verdict);
    if (verdict.action !== "allow" || verdict.counts.parties >= 2) this.consider(record, verdict, stamp);
  }

  addUnreadable(unreadable: Unreadable): void {
    this.unreadableCount += 1;
    if (this.unreadable.length < MAX_LISTED_UNREADABLE) this.unreadable.push(unreadable);
  }

  addSkipped(): void {
    this.skipped += 1;
  }

  get actions(): readonly Action[] {
    return ACTIONS;
  }

  private consider(record: MailRecord, verdict: Verdict, stamp: StampAction | null): void {
    if (this.options.top <= 0) return;
    const last = this.riskiest[this.riskiest.length - 1];
    if (this.riskiest.length >= this.options.top && last !== undefined && compareRisk(verdict, last) <= 0) return;
    const entry: RiskyMessage = {
      source: record.source,
      date: record.date,
      subject: record.subject,
      action: verdict.action,
      reasons: verdict.reasons,
      counts: verdict.counts,
      stamp,
    };
    if (this.options.showAddresses) {
      const visible = [...record.to, ...record.cc].map((recipient) => recipient.emailAddress);
      entry.addresses = {
        from: record.from?.emailAddress ?? null,
        visible: visible.slice(0, SHOWN_ADDRESSES),
        visibleTotal: visible.length,
      };
    }
    // Insertion keeps the list sorted, riskiest first; among equals the earlier message stays ahead.
    let at = this.riskiest.length;
    while (at > 0 && compareRisk(verdict, this.riskiest[at - 1]!) > 0) at -= 1;
    this.riskiest.splice(at, 0, entry);
    if (this.riskiest.length > this.options.top) this.riskiest.pop();
  }
}

/** Positive when `a` is riskier: a block before a warning, then more exposed parties, then more people visible. */
function compareRisk(a: Pick<Verdict, "action" | "counts">, b: Pick<RiskyMessage, "action" | "counts">): number {
  return (
    SEVERITY[a.action] - SEVERITY[b.action] ||
    a.counts.parties - b.counts.parties ||
    a.counts.visible - b.counts.visible
  );
}
