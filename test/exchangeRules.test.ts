import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../bin/bcc-guard.js", import.meta.url));
let dir = "";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "bcc-guard-exchange-"));
  await writeFile(
    join(dir, "contoso.json"),
    JSON.stringify({ organization: "O\u2019Brien & Sons $(calc)", internalDomains: ["contoso.com"] }),
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, "exchange-rules", ...args], { cwd: dir }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === "number" ? error.code : -1, stdout, stderr });
    });
  });
}

describe("bcc-guard exchange-rules", () => {
  it("prints the script, ASCII only, with the organisation's name quoted in each rule's Comments", async () => {
    const { code, stdout, stderr } = await run("--policy", "contoso.json", "--report-to", "o'neil@contoso.com");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(/^[\x20-\x7e\n]*$/u);
    expect(stdout).toContain("GenerateIncidentReport = 'o''neil@contoso.com'");
    expect(stdout).toContain("Organisation: O' + [char]0x2019 + 'Brien & Sons $(calc).'");
    expect(stdout.match(/Mode = 'Audit'/gu)).toHaveLength(3);
  });

  it("writes Enforce and the one-mailbox scope when asked", async () => {
    const { code, stdout } = await run("--mode", "enforce", "--only-from", "pilot@contoso.com");
    expect(code).toBe(0);
    expect(stdout.match(/Mode = 'Enforce'/gu)).toHaveLength(3);
    expect(stdout.match(/From = 'pilot@contoso.com'/gu)).toHaveLength(3);
  });

  it("exits 2 with one line per bad address, and prints no script", async () => {
    const { code, stdout, stderr } = await run(
      "--report-to",
      "a\u2018;Remove-Item x@contoso.com",
      "--only-from",
      "Bob <b@contoso.com>",
    );
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^bcc-guard: --report-to: .* is not a plain e-mail address/u),
      expect.stringMatching(/^bcc-guard: --only-from: .* is not a plain e-mail address/u),
    ]);
  });

  it("exits 2 for a mode other than audit or enforce", async () => {
    const { code, stderr } = await run("--mode", "block");
    expect(code).toBe(2);
    expect(stderr).toMatch(/--mode.*block.*audit, enforce/u);
  });
});
