import { createSnapshotStore } from "../src/office/recipientSnapshot.ts";
import { moveToBcc } from "../src/office/safeMove.ts";
import type { MailboxRequirementSet } from "../src/simulator/host/index.ts";
import { createTestOutlook } from "../test/support/testOutlook.ts";

import { BENCH_POLICY } from "./evaluateTime.ts";
import { BENCH_INTERNAL_DOMAIN, outsidersInTo } from "./recipientLists.ts";
import { summarize } from "./timing.ts";
import type { Timing } from "./timing.ts";

export interface MoveFigure {
  recipients: number;
  mailbox: MailboxRequirementSet;
  latencyMs: number;
  /** "moved", or why not (e.g. "refused-field-limit": nothing written). */
  outcome: string;
  officeCalls: number;
  /** Office calls by method, e.g. { "bcc.addAsync": 5 }. */
  callsByMethod: Record<string, number>;
  timing: Timing;
}

const RUNS = 5;

/**
 * "Move to Bcc" of `count` outside people in To (a colleague stays in Cc) against the fake Outlook with a fixed
 * latency per call. Each run starts from a fresh compose window; the figures are the median of a few runs.
 */
export async function measureMove(
  count: number,
  mailbox: MailboxRequirementSet,
  latencyMs: number,
): Promise<MoveFigure> {
  const wall: number[] = [];
  const cpu: number[] = [];
  let last: Omit<MoveFigure, "timing"> | undefined;
  for (let run = 0; run < RUNS; run += 1) {
    const { host, item, client } = createTestOutlook(
      {
        to: outsidersInTo(count),
        cc: [{ emailAddress: `colleague@${BENCH_INTERNAL_DOMAIN}`, displayName: "A Colleague" }],
        requirementSet: mailbox,
        latencyMs,
      },
      10_000,
    );
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const result = await moveToBcc(item, BENCH_POLICY, createSnapshotStore(item), {
      fieldLimit: client.recipientFieldLimit,
    });
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    const callsByMethod: Record<string, number> = {};
    for (const call of host.calls) callsByMethod[call.method] = (callsByMethod[call.method] ?? 0) + 1;
    last = {
      recipients: count,
      mailbox,
      latencyMs,
      outcome: result.kind,
      officeCalls: host.callCount(),
      callsByMethod,
    };
  }
  if (!last) throw new Error("no run");
  return { ...last, timing: summarize(wall, cpu) };
}
