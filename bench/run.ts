// npm run bench: the figures behind the README's performance claims. Figures, not pass/fail: a slow CI machine
// must not fail the build, so no test asserts on time. Writes bench/results.json (committed with each change).
import { writeFile } from "node:fs/promises";
import { arch, cpus, loadavg, platform } from "node:os";

import { measureBundleSizes } from "./bundleSizes.ts";
import { measureEvaluate } from "./evaluateTime.ts";
import { measureMove, measureMoveAfterFaults, measureUndoCopy } from "./moveCost.ts";
import { measureSendHandler } from "./sendHandlerTime.ts";
import { formatTable, kb, ms } from "./table.ts";
import { RUNS, WARM_UP } from "./timing.ts";

/** Fixed latency of every fake Office call: a plausible round trip to Outlook's host process. */
const LATENCY_MS = 20;
const EVENTS_BUDGET_BYTES = 20 * 1024;
const OVERHEAD_BUDGET_MS = 5;

const bundles = await measureBundleSizes();
const evaluateFigures = [await measureEvaluate(1_000), await measureEvaluate(10_000)];
const send = await measureSendHandler(1_000, LATENCY_MS);
const moves = [
  await measureMove(100, "1.15", LATENCY_MS),
  await measureMove(500, "1.15", LATENCY_MS),
  await measureMove(1_000, "1.15", LATENCY_MS),
  await measureMove(1_000, "1.16", LATENCY_MS),
];
const faultyMoves = [
  await measureMoveAfterFaults(
    "one fault (to.addAsync #1)",
    [{ method: "to.addAsync", call: 1, kind: "fail" }],
    LATENCY_MS,
  ),
  await measureMoveAfterFaults(
    "two faults (to.addAsync #1, put-back to.addAsync #2)",
    [
      { method: "to.addAsync", call: 1, kind: "fail" },
      { method: "to.addAsync", call: 2, kind: "fail" },
    ],
    LATENCY_MS,
  ),
  await measureMoveAfterFaults(
    "two faults (to.setAsync #1, to.addAsync #1)",
    [
      { method: "to.setAsync", call: 1, kind: "fail" },
      { method: "to.addAsync", call: 1, kind: "fail" },
    ],
    LATENCY_MS,
  ),
];
const undoCopy = measureUndoCopy();

const within = (ok: boolean) => (ok ? "within budget" : "OVER BUDGET");
const rows: string[][] = [
  [
    "events.js (gzip)",
    kb(bundles.eventsJs.gzipBytes),
    "",
    `budget ${kb(EVENTS_BUDGET_BYTES)}: ${within(bundles.eventsJs.gzipBytes <= EVENTS_BUDGET_BYTES)}`,
  ],
  [
    "task pane JS (gzip)",
    bundles.taskpaneJs ? kb(bundles.taskpaneJs.gzipBytes) : "not built",
    "",
    bundles.taskpaneJs ? `${bundles.taskpaneJs.files.length} file(s), loaded when the pane opens` : "",
  ],
  ...evaluateFigures.map((figure) => [
    `evaluate, ${figure.recipients.toLocaleString("en")} recipients`,
    ms(figure.timing.median),
    ms(figure.timing.cpuMedian),
    `${figure.action}; wall min ${ms(figure.timing.min)}, max ${ms(figure.timing.max)}`,
  ]),
  [
    `send handler, ${send.recipients.toLocaleString("en")} recipients, L = ${send.latencyMs} ms`,
    ms(send.handler.median),
    ms(send.handler.cpuMedian),
    `${send.decision}; ${send.officeCalls} Office calls in 7 rounds`,
  ],
  [
    "  I/O floor: the same 7 rounds, raw fake calls",
    ms(send.ioFloor.median),
    ms(send.ioFloor.cpuMedian),
    `7·L = ${ms(7 * send.latencyMs)}`,
  ],
  [
    "  overhead = handler - floor",
    ms(send.overheadMs),
    ms(send.cpuOverheadMs),
    `budget ${ms(OVERHEAD_BUDGET_MS)}: wall ${within(send.overheadMs <= OVERHEAD_BUDGET_MS)}, ` +
      `CPU ${within(send.cpuOverheadMs <= OVERHEAD_BUDGET_MS)}`,
  ],
  ...moves.map((move) => [
    `Move to Bcc, ${move.recipients.toLocaleString("en")} in To, Mailbox ${move.mailbox}`,
    ms(move.timing.median),
    ms(move.timing.cpuMedian),
    `${move.outcome}; ${move.officeCalls} Office calls (${move.callsByMethod["bcc.addAsync"] ?? 0} bcc.addAsync)`,
  ]),
  ...faultyMoves.flatMap((figure) => [
    [
      `Move after ${figure.label}: the failed attempt`,
      ms(figure.attempt.median),
      ms(figure.attempt.cpuMedian),
      `${figure.attemptOutcome}; ${figure.attemptCalls} Office calls`,
    ],
    [
      "  then the retry",
      ms(figure.retry.median),
      ms(figure.retry.cpuMedian),
      `${figure.retryOutcome}; ${figure.retryCalls} Office calls`,
    ],
  ]),
  [
    "Undo copy, 3 fields × 500 people, 100-character names",
    `${undoCopy.withNames.toLocaleString("en")} chars`,
    "",
    `names kept while it fits; addresses only: ${undoCopy.addressesOnly.toLocaleString("en")} chars ` +
      `(Mailbox 1.15 session data: 50,000)`,
  ],
];

const load = loadavg().map((value) => value.toFixed(1));
console.log(
  `BCC Guard benchmarks: Node ${process.version}, ${platform()} ${arch()}, ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, ` +
    `load average ${load.join(" ")}\n` +
    `Timings: median of ${RUNS} runs after ${WARM_UP} warm-up runs (moves: median of 5 fresh windows); ` +
    `every fake Office call answers after L = ${LATENCY_MS} ms.\n` +
    "Wall = elapsed time. CPU = this process's CPU time (all threads, garbage collection included): it leaves out\n" +
    "time spent waiting for the machine or for the fake Office, so it moves less than wall time on a busy machine.\n",
);
console.log(formatTable(["Measure", "Wall", "CPU", "Notes"], rows));

const results = {
  node: process.version,
  platform: `${platform()} ${arch()}`,
  cpu: cpus()[0]?.model ?? null,
  cpuCount: cpus().length,
  loadAverage: loadavg(),
  latencyMs: LATENCY_MS,
  budgets: { eventsJsGzipBytes: EVENTS_BUDGET_BYTES, sendHandlerOverheadMs: OVERHEAD_BUDGET_MS },
  bundles,
  evaluate: evaluateFigures,
  sendHandler: send,
  moveToBcc: moves,
  moveAfterFaults: faultyMoves,
  undoCopy,
};
const target = new URL("results.json", import.meta.url);
// Microseconds are the finest figure worth keeping.
const rounded = (_key: string, value: unknown) =>
  typeof value === "number" && !Number.isInteger(value) ? Math.round(value * 1000) / 1000 : value;
await writeFile(target, `${JSON.stringify(results, rounded, 2)}\n`);
console.log(`\nwrote bench/results.json`);
