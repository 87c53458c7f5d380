import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

import { productionManifest } from "../scripts/buildAddin.ts";
import { validate } from "../scripts/validate.ts";
import type { Validator } from "../scripts/validate.ts";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const TSX = join(REPO, "node_modules/.bin/tsx");

function run(script: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(TSX, [join(REPO, script), ...args], { cwd: REPO }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === "number" ? error.code : -1, stdout, stderr });
    });
  });
}

describe("--help on every script that takes options", () => {
  it.for([
    ["scripts/build.ts", "--send-mode"],
    ["scripts/start.ts", "--policy"],
    ["scripts/sideload.ts", "--port"],
    ["bench/run.ts", "--save"],
    ["scripts/screenshots.ts", "--help"],
    ["scripts/validate.ts", "MANIFEST"],
  ] as const)("%s --help prints its usage and does nothing else", { timeout: 120_000 }, async ([script, mentions]) => {
    const result = await run(script, "--help");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: npm (run \w+|start) -- /);
    expect(result.stdout).toContain(mentions);
    expect(result.stderr).toBe("");
  });

  it("an unknown option is refused, not ignored", { timeout: 120_000 }, async () => {
    const result = await run("scripts/build.ts", "--ouput", "x");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown option '--ouput'/);
  });
});

describe("npm run bench", () => {
  it("writes an untracked file unless --save: bench/results.local.json is ignored by git", () => {
    expect(execFileSync("git", ["check-ignore", "bench/results.local.json"], { cwd: REPO, encoding: "utf8" })).toBe(
      "bench/results.local.json\n",
    );
    expect(readFileSync(join(REPO, "bench/run.ts"), "utf8")).toContain('save ? "results.json" : "results.local.json"');
  });
});

describe("npm run validate", () => {
  const dir = mkdtempSync(join(tmpdir(), "bcc-guard-validate-"));
  const manifest = join(dir, "manifest.xml");
  writeFileSync(manifest, productionManifest("https://addins.contoso.com/", "1.0.0.0"));
  const broken = join(dir, "broken.xml");
  writeFileSync(broken, productionManifest("https://addins.contoso.com/", "1.0.0.0").replace("<Version>", "<Versio>"));
  const offline: Validator = () =>
    Promise.reject(new Error("Unable to contact the manifest validation service.\nFetchError: ENOTFOUND"));

  async function validated(path: string, validator: Validator) {
    const lines: string[] = [];
    const code = await validate(path, validator, (line) => lines.push(line));
    return { code, lines };
  }

  it("offline: says plainly that Microsoft's validation needs the internet, then runs the offline lint", async () => {
    const { code, lines } = await validated(manifest, offline);
    expect(code).toBe(0);
    expect(lines[0]).toMatch(/could not be reached \(it needs the internet\): Unable to contact .* ENOTFOUND$/);
    expect(lines[1]).toMatch(/NOT validated by Microsoft/);
    expect(lines[2]).toMatch(/passes the offline lint/);
  });

  it("offline, a broken manifest fails the lint and exits 1", async () => {
    const { code, lines } = await validated(broken, offline);
    expect(code).toBe(1);
    expect(lines.some((line) => line.startsWith("✗"))).toBe(true);
  });

  it("online: prints each error Microsoft's service reports and exits 1", async () => {
    const { code, lines } = await validated(manifest, () =>
      Promise.resolve({
        isValid: false,
        report: { status: "Rejected", errors: [{ title: "Invalid URL", content: "SupportUrl is not reachable" }] },
      }),
    );
    expect(code).toBe(1);
    expect(lines).toContain("✗ error: Invalid URL: SupportUrl is not reachable");
  });

  it("online and accepted: exits 0", async () => {
    const { code } = await validated(manifest, () =>
      Promise.resolve({ isValid: true, report: { status: "Accepted" } }),
    );
    expect(code).toBe(0);
  });

  it("a missing manifest: exits 2 and says to build first", async () => {
    expect(await validated(join(dir, "none.xml"), offline)).toEqual({
      code: 2,
      lines: [`validate: ${join(dir, "none.xml")} does not exist (build first: npm run build)`],
    });
  });
});
