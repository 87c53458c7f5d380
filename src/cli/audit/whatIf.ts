import type { Policy } from "../../engine/policy.ts";
import type { Action, Verdict } from "../../engine/verdict.ts";

/**
 * How many messages other thresholds would have warned about or blocked, from counts kept while the audit
 * runs: no message is evaluated twice. Only `thresholds.warnAt`/`blockAt` vary (rules 1 and 2 of DESIGN §1);
 * a sensitive message keeps the verdict it had (its own thresholds apply), and a message the party rules
 * would no longer catch falls back to what the later rules gave it (a large audience: warn).
 */
export class WhatIfCounter {
  // Per number of exposed parties: messages, and how many of them the later rules would still warn or block.
  private readonly byParties = new Map<number, { messages: number; fallbackWarn: number; fallbackBlock: number }>();
  private fixedWarn = 0;
  private fixedBlock = 0;

  constructor(private readonly policy: Policy) {}

  add(verdict: Verdict): void {
    if (verdict.sensitive) {
      if (verdict.action === "warn") this.fixedWarn += 1;
      if (verdict.action === "block") this.fixedBlock += 1;
      return;
    }
    const fallback = this.fallback(verdict);
    const entry = this.byParties.get(verdict.counts.parties) ?? { messages: 0, fallbackWarn: 0, fallbackBlock: 0 };
    entry.messages += 1;
    if (fallback === "warn") entry.fallbackWarn += 1;
    if (fallback === "block") entry.fallbackBlock += 1;
    this.byParties.set(verdict.counts.parties, entry);
  }

  /** Warnings and blocks had the policy said `warnAt`/`blockAt` (the rest of the policy unchanged). */
  count(warnAt: number, blockAt: number): { warn: number; block: number } {
    let warn = this.fixedWarn;
    let block = this.fixedBlock;
    for (const [parties, entry] of this.byParties) {
      if (parties >= 2 && parties >= blockAt) block += entry.messages;
      else if (parties >= 2 && parties >= warnAt) warn += entry.messages;
      else {
        warn += entry.fallbackWarn;
        block += entry.fallbackBlock;
      }
    }
    // warn-only turns every block into a warning, whatever rule gave it.
    return this.policy.mode === "warn-only" ? { warn: warn + block, block: 0 } : { warn, block };
  }

  /** The verdict the message would get if the exposed-parties rules did not fire. */
  private fallback(verdict: Verdict): Action {
    if (!verdict.reasons.includes("exposed-parties")) return verdict.action;
    const largeAudienceAt = this.policy.largeAudience.warnAt;
    return largeAudienceAt !== null && verdict.counts.visible >= largeAudienceAt ? "warn" : "allow";
  }
}

export interface WhatIfTable {
  warnAt: number[];
  blockAt: number[];
  /** `cells[i][j]`: at `warnAt[i]` and `blockAt[j]`; `null` where warnAt > blockAt (the schema refuses it). */
  cells: ({ warn: number; block: number } | null)[][];
  current: { warnAt: number; blockAt: number };
}

const WARN_AXIS = [3, 4, 5, 6, 7, 8, 10];
const BLOCK_AXIS = [10, 15, 20, 25, 30, 40, 50];

/** The grid of the usual thresholds, with the policy's own values always on the axes. */
export function whatIfTable(counter: WhatIfCounter, policy: Policy): WhatIfTable {
  const current = { warnAt: policy.thresholds.warnAt, blockAt: policy.thresholds.blockAt };
  const warnAt = axis(WARN_AXIS, current.warnAt);
  const blockAt = axis(BLOCK_AXIS, current.blockAt);
  const cells = warnAt.map((warn) => blockAt.map((block) => (warn > block ? null : counter.count(warn, block))));
  return { warnAt, blockAt, cells, current };
}

function axis(values: readonly number[], own: number): number[] {
  return [...new Set([...values, own])].sort((a, b) => a - b);
}
