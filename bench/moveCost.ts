import { encodeUndoCopy } from "../src/engine/index.ts";
import { createSnapshotStore } from "../src/office/recipientSnapshot.ts";
import { moveToBcc } from "../src/office/safeMove.ts";
import type { FaultSpec, MailboxRequirementSet } from "../src/simulator/host/index.ts";
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

export interface FaultyMoveFigure {
  label: string;
  attemptOutcome: string;
  attemptCalls: number;
  attempt: Timing;
  retryOutcome: string;
  retryCalls: number;
  retry: Timing;
}

/**
 * The message (To 400 with 150 colleagues, Cc 125, Bcc 10) moved with `faults` injected, then retried by
 * another runtime (the ribbon command: session data only) once Outlook answers again. Median of a few fresh windows.
 */
export async function measureMoveAfterFaults(
  label: string,
  faults: FaultSpec[],
  latencyMs: number,
): Promise<FaultyMoveFigure> {
  const person = (prefix: string, i: number, domain: string) => ({
    emailAddress: `${prefix}${i}@${domain}`,
    displayName: `${prefix} ${i}`,
  });
  const to = [
    ...Array.from({ length: 150 }, (_, i) => person("colleague", i, BENCH_INTERNAL_DOMAIN)),
    ...Array.from({ length: 250 }, (_, i) => person("buyer", i, `client${i % 40}.example`)),
  ];
  const cc = Array.from({ length: 125 }, (_, i) => person("shopper", i, `shop${i % 30}.example`));
  const bcc = Array.from({ length: 10 }, (_, i) => person("archive", i, "archive.example"));
  const walls = { attempt: [] as number[], retry: [] as number[] };
  const cpus = { attempt: [] as number[], retry: [] as number[] };
  let figure: Omit<FaultyMoveFigure, "attempt" | "retry"> | undefined;
  for (let run = 0; run < RUNS; run += 1) {
    const { host, item, client } = createTestOutlook({ to, cc, bcc, latencyMs }, 10_000);
    for (const fault of faults) host.injectFault(fault);
    const timed = async (work: () => Promise<{ kind: string }>, key: "attempt" | "retry") => {
      host.resetCallLog();
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      const result = await work();
      walls[key].push(performance.now() - start);
      const used = process.cpuUsage(cpuStart);
      cpus[key].push((used.user + used.system) / 1000);
      return { outcome: result.kind, calls: host.callCount() };
    };
    const options = { fieldLimit: client.recipientFieldLimit };
    const attempt = await timed(() => moveToBcc(item, BENCH_POLICY, createSnapshotStore(item), options), "attempt");
    host.clearFaults();
    const retry = await timed(
      () => moveToBcc(item, BENCH_POLICY, createSnapshotStore(item, { remember: false }), options),
      "retry",
    );
    figure = {
      label,
      attemptOutcome: attempt.outcome,
      attemptCalls: attempt.calls,
      retryOutcome: retry.outcome,
      retryCalls: retry.calls,
    };
  }
  if (!figure) throw new Error("no run");
  return { ...figure, attempt: summarize(walls.attempt, cpus.attempt), retry: summarize(walls.retry, cpus.retry) };
}

/** The undo copy's size for three fields of 500 people with 100-character names, at 40 organisations per field. */
export function measureUndoCopy(): { withNames: number; addressesOnly: number } {
  const field = (prefix: string) =>
    Array.from({ length: 500 }, (_, i) => ({
      emailAddress: `${prefix}.person${i}@organisation${i % 40}.example.com`,
      displayName: `${prefix} Person ${i} `.padEnd(100, "x"),
    }));
  const snapshot = { to: field("to"), cc: field("cc"), bcc: field("bcc") };
  const withNames = encodeUndoCopy(snapshot)?.length ?? 0;
  const addressesOnly = encodeUndoCopy(snapshot, withNames - 1)?.length ?? 0;
  return { withNames, addressesOnly };
}
