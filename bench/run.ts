// npm run bench: the figures behind the README's performance claims. Figures, not pass/fail: a slow CI machine
// must not fail the build, so no test asserts on time. Writes bench/results.local.json (ignored by git);
// `npm run bench -- --save` updates the committed bench/results.json instead.
import { writeFile } from "node:fs/promises";

import { Command } from "commander";
import { arch, cpus, loadavg, platform } from "node:os";

import { measureAudit } from "./auditThroughput.ts";
import { measureBundleSizes } from "./bundleSizes.ts";
import { measureColdStart } from "./coldStart.ts";
import { measureEvaluate } from "./evaluateTime.ts";
import { measureMove, measureMoveAfterFaults, measureUndoCopy } from "./moveCost.ts";
import { measurePaneFirstPaint, paneFirstPaintRow } from "./paneFirstPaint.ts";
import { measureSendHandler } from "./sendHandlerTime.ts";
import { formatTable, kb, ms } from "./table.ts";
import { RUNS, WARM_UP } from "./timing.ts";

const { save } = new Command("npm run bench --")
  .description("Measure bundle sizes, decision time, send handler overhead and Move to Bcc cost; print a table.")
  .helpOption("-h, --help", "show this help")
  .option("--save", "update the committed bench/results.json (default: the untracked bench/results.local.json)")
  .parse(process.argv.slice(2), { from: "user" })
  .opts<{ save?: boolean }>();

/** Fixed latency of every fake Office call: a plausible round trip to Outlook's host process. */
const LATENCY_MS = 20;
const EVENTS_BUDGET_BYTES = 100 * 1024;
const PANE_BUDGET_BYTES = 150 * 1024;
const DOMAIN_DATA_BUDGET_BYTES = 80 * 1024;
const COLD_START_BUDGET_MS = 50;
const EVALUATE_10K_BUDGET_MS = 30;
const OVERHEAD_BUDGET_MS = 5;

const { sizes: bundles, eventsCode } = await measureBundleSizes();
const coldStart = await measureColdStart(eventsCode, 300);
const evaluateFigures = [await measureEvaluate(1_000), await measureEvaluate(10_000)];
const send = await measureSendHandler(1_000, LATENCY_MS);
const moves = [
  await measureMove(100, "1.15", LATENCY_MS),
  await measureMove(500, "1.15", LATENCY_MS),
  await measureMove(1_000, "1.15", LATENCY_MS),
  await measureMove(1_000, "1.16", LATENCY_MS),
];
const audit = await measureAudit(100_000);
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
    "task pane JS, own code (gzip)",
    bundles.taskpaneJs ? kb(bundles.taskpaneJs.gzipBytes) : "not built",
    "",
    bundles.taskpaneJs
      ? `budget ${kb(PANE_BUDGET_BYTES)}: ${within(bundles.taskpaneJs.gzipBytes <= PANE_BUDGET_BYTES)}; ` +
        `${bundles.taskpaneJs.files.length} file(s)`
      : "",
  ],
  [
    "task pane domain data chunk (gzip)",
    bundles.domainDataJs ? kb(bundles.domainDataJs.gzipBytes) : "not built",
    "",
    bundles.domainDataJs
      ? `budget ${kb(DOMAIN_DATA_BUDGET_BYTES)}: ${within(bundles.domainDataJs.gzipBytes <= DOMAIN_DATA_BUDGET_BYTES)}; ` +
        `${bundles.domainDataJs.files.length} file(s), preloaded in parallel`
      : "",
  ],
  [
    `events.js cold start: load + first decision, ${coldStart.recipients} recipients`,
    ms(coldStart.timing.median),
    ms(coldStart.timing.cpuMedian),
    `${coldStart.decision}; budget ${ms(COLD_START_BUDGET_MS)}: ${within(coldStart.timing.median <= COLD_START_BUDGET_MS)}; ` +
      `median of ${coldStart.runs} fresh node:vm contexts, min ${ms(coldStart.timing.min)}, max ${ms(coldStart.timing.max)}`,
  ],
  ...evaluateFigures.map((figure) => [
    `evaluate, ${figure.recipients.toLocaleString("en")} recipients`,
    ms(figure.timing.median),
    ms(figure.timing.cpuMedian),
    `${figure.action}; wall min ${ms(figure.timing.min)}, max ${ms(figure.timing.max)}` +
      (figure.recipients === 10_000
        ? `; budget ${ms(EVALUATE_10K_BUDGET_MS)}: ${within(figure.timing.median <= EVALUATE_10K_BUDGET_MS)}`
        : ""),
  ]),
  [
    `send handler, ${send.recipients.toLocaleString("en")} recipients, L = ${send.latencyMs} ms`,
    ms(send.handler.median),
    ms(send.handler.cpuMedian),
    `${send.decision}; ${send.officeCalls} Office calls in ${send.rounds} rounds`,
  ],
  [
    `  I/O floor: the same ${send.rounds} rounds, raw fake calls`,
    ms(send.ioFloor.median),
    ms(send.ioFloor.cpuMedian),
    `${send.rounds}·L = ${ms(send.rounds * send.latencyMs)}`,
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
  [
    `audit, ${audit.messages.toLocaleString("en")}-message mbox (${(audit.fileBytes / 1024 / 1024).toFixed(0)} MB)`,
    ms(audit.wallMs),
    ms(audit.cpuMs),
    `${Math.round(audit.messagesPerSecond).toLocaleString("en")} messages/s (target 1,000): ` +
      `${within(audit.messagesPerSecond >= 1000)}; peak RSS ${Math.round(audit.peakRssBytes / 1024 / 1024)} MB ` +
      `(target 300): ${within(audit.peakRssBytes <= 300 * 1024 * 1024)}`,
  ],
];
rows.push(paneFirstPaintRow(await measurePaneFirstPaint()));

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
  budgets: {
    eventsJsGzipBytes: EVENTS_BUDGET_BYTES,
    taskpaneJsGzipBytes: PANE_BUDGET_BYTES,
    domainDataJsGzipBytes: DOMAIN_DATA_BUDGET_BYTES,
    coldStartMs: COLD_START_BUDGET_MS,
    evaluate10kMs: EVALUATE_10K_BUDGET_MS,
    sendHandlerOverheadMs: OVERHEAD_BUDGET_MS,
  },
  bundles,
  coldStart,
  evaluate: evaluateFigures,
  sendHandler: send,
  moveToBcc: moves,
  audit,
  moveAfterFaults: faultyMoves,
  undoCopy,
};
// A run on a developer's machine must not show up as a change to commit; --save is the deliberate update.
const resultsFile = save ? "results.json" : "results.local.json";
const target = new URL(resultsFile, import.meta.url);
// Microseconds are the finest figure worth keeping.
const rounded = (_key: string, value: unknown) =>
  typeof value === "number" && !Number.isInteger(value) ? Math.round(value * 1000) / 1000 : value;
await writeFile(target, `${JSON.stringify(results, rounded, 2)}\n`);
console.log(
  `\nwrote bench/${resultsFile}${save ? "" : " (not tracked; npm run bench -- --save updates bench/results.json)"}`,
);
