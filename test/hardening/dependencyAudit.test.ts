import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

import { readAuditResult } from "./npmAuditResult.ts";

// What ships to users (runtime dependencies only) must have no high or critical advisory. The audit needs npm's
// advisory service: when this machine cannot get an answer from it, the test says why and skips, rather than fail
// CI falsely. Findings always fail it, and so does output it cannot read.

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const TIMEOUT_MS = 90_000;

function npmAudit(): Promise<{ stdout: string; stderr: string; timedOut: boolean }> {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  return new Promise((resolve) => {
    execFile(
      npm,
      ["audit", "--omit=dev", "--json"],
      { cwd: REPO, timeout: TIMEOUT_MS, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ stdout, stderr, timedOut: Boolean(error?.killed) }),
    );
  });
}

describe("npm audit --omit=dev", () => {
  it(
    "finds no high or critical advisory in the runtime dependencies",
    async (context) => {
      const { stdout, stderr, timedOut } = await npmAudit();
      const result = timedOut
        ? { kind: "unreachable" as const, reason: `no answer within ${TIMEOUT_MS / 1000} s` }
        : readAuditResult(stdout, stderr);
      if (result.kind === "unreachable") {
        console.warn(`npm audit skipped: the advisory service could not be reached (${result.reason})`);
        context.skip(`npm audit could not reach the advisory service: ${result.reason}`);
      }
      expect(result).toMatchObject({ kind: "report", serious: [] });
    },
    TIMEOUT_MS + 30_000,
  );
});

describe("reading npm audit's output", () => {
  it("lists high and critical advisories, not moderate ones", () => {
    const report = {
      auditReportVersion: 2,
      vulnerabilities: {
        "left-pad": { name: "left-pad", severity: "critical", isDirect: false, via: [] },
        lodash: { name: "lodash", severity: "high", isDirect: true, via: [] },
        minimist: { name: "minimist", severity: "moderate", isDirect: false, via: [] },
      },
      metadata: { vulnerabilities: { info: 0, low: 0, moderate: 1, high: 1, critical: 1, total: 3 } },
    };
    expect(readAuditResult(JSON.stringify(report))).toMatchObject({
      kind: "report",
      serious: ["left-pad (critical)", "lodash (high)"],
    });
  });

  it("passes a clean report", () => {
    const clean = {
      auditReportVersion: 2,
      vulnerabilities: {},
      metadata: { vulnerabilities: { high: 0, critical: 0, total: 0 } },
    };
    expect(readAuditResult(JSON.stringify(clean))).toMatchObject({ kind: "report", serious: [] });
  });

  it.for([
    [
      "no DNS",
      "request to https://registry.npmjs.org/-/npm/v1/security/advisories/bulk failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org",
    ],
    [
      "connection refused",
      "request to http://127.0.0.1:9/-/npm/v1/security/advisories/bulk failed, reason: connect ECONNREFUSED 127.0.0.1:9",
    ],
  ])("skips on a network failure (%s), as npm 11 prints it", ([, message]) => {
    const output = JSON.stringify({ message, error: { summary: "", detail: "" } });
    expect(readAuditResult(output)).toMatchObject({ kind: "unreachable" });
  });

  it("skips when the registry answers the audit endpoint with an HTTP error", () => {
    const output = JSON.stringify({
      message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
      statusCode: 405,
      error: { summary: "", detail: "" },
    });
    expect(readAuditResult(output)).toMatchObject({ kind: "unreachable" });
  });

  it("fails on output it does not understand, rather than pass", () => {
    expect(readAuditResult("npm ERR! something else")).toMatchObject({ kind: "unreadable" });
    expect(readAuditResult(JSON.stringify({ message: "ELOCKVERIFY: lockfile is broken" }))).toMatchObject({
      kind: "unreadable",
    });
  });
});
