import { DEFAULT_POLICY, evaluate } from "../src/engine/index.ts";
import type { Message, Policy } from "../src/engine/index.ts";

import { BENCH_INTERNAL_DOMAIN, mixedRecipients } from "./recipientLists.ts";
import { RUNS, WARM_UP, timeRuns } from "./timing.ts";
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

/**
 * `evaluate` alone (normalise, deduplicate, classify, count) on a realistic mixed list of `count` recipients: a
 * message of its own each run, as each send is, so that what the runtime kept warm from the last run does not
 * flatter the figure.
 */
export async function measureEvaluate(count: number): Promise<EvaluateFigure> {
  const messageFor = (seed: number): Message => ({
    from: `agent@${BENCH_INTERNAL_DOMAIN}`,
    subject: "Spring offers",
    ...mixedRecipients(count, { seed }),
  });
  const messages = Array.from({ length: RUNS + WARM_UP + 1 }, (_, i) => messageFor(i + 1));
  const action = evaluate(messages[0] as Message, BENCH_POLICY).action;
  let next = 1;
  const timing = await timeRuns(() => evaluate(messages[next++] as Message, BENCH_POLICY));
  return { recipients: count, action, timing };
}
