// Child process of auditThroughput.ts: one `bcc-guard audit --json FILE` run in this process, then its time,
// peak RSS and verdict counts as JSON on stdout.
import { performance } from "node:perf_hooks";

import type { AuditSummary } from "../src/cli/audit/auditSummary.ts";
import { runCli } from "../src/cli/main.ts";

import { peakRssBytes } from "./peakRss.ts";

const file = process.argv[2];
if (file === undefined) throw new Error("usage: auditRun.ts FILE.mbox");
let output = "";
const start = performance.now();
const cpuStart = process.cpuUsage();
const code = await runCli(["audit", "--json", file], { stdout: (text) => (output += text), stderr: () => undefined });
const wallMs = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
if (code !== 0) throw new Error(`audit exited ${code}`);
const summary = JSON.parse(output) as AuditSummary;
process.stdout.write(
  JSON.stringify({
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakRssBytes: peakRssBytes(),
    read: summary.messages.read,
    verdicts: {
      allow: summary.verdicts.allow.count,
      warn: summary.verdicts.warn.count,
      block: summary.verdicts.block.count,
    },
  }),
);
