import { DEFAULT_POLICY, evaluate } from "../src/engine/index.ts";
import type { Message, Policy } from "../src/engine/index.ts";

import { BENCH_INTERNAL_DOMAIN, mixedRecipients } from "./recipientLists.ts";
import { timeRuns } from "./timing.ts";
import type { Timing } from "./timing.ts";

export const BENCH_POLICY: Policy = {
  ...DEFAULT_POLICY,
  organization: "Contoso",
  internalDomains: [BENCH_INTERNAL_DOMAIN],
};

export interface EvaluateFigure {
  recipients: number;
  action: string;
  timing: Timing;
}

/** `evaluate` alone (normalise, deduplicate, classify, count) on a realistic mixed list of `count` recipients. */
export async function measureEvaluate(count: number): Promise<EvaluateFigure> {
  const message: Message = {
    from: `agent@${BENCH_INTERNAL_DOMAIN}`,
    subject: "Spring offers",
    ...mixedRecipients(count),
  };
  const action = evaluate(message, BENCH_POLICY).action;
  const timing = await timeRuns(() => evaluate(message, BENCH_POLICY));
  return { recipients: count, action, timing };
}
