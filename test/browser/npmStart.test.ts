import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { resolve } from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { startBuildFolder } from "../../src/simulator/server/startBuildFolder.ts";

import { launchChromium } from "./launchChromium.ts";

const root = resolve(import.meta.dirname, "../..");
const POLICY = "policy/examples/healthcare.json";
const started: ChildProcess[] = [];
const folders: string[] = [];

afterAll(() => {
  for (const child of started) if (child.exitCode === null) child.kill("SIGTERM");
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => done(typeof address === "object" && address ? address.port : 0));
    });
  });
}

interface Run {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the exit code, or with -1 once `until` appears in the output. */
  settled: Promise<number>;
  exited: Promise<number>;
}

/** `npm start -- …` as a user runs it (tsx, the same script), from the repository root. */
function npmStart(args: string[], until?: string): Run {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", ...args], {
    cwd: root,
    env: withoutStartVariables(),
    stdio: ["ignore", "pipe", "pipe"],
  });
  started.push(child);
  let text = "";
  const exited = new Promise<number>((done) => child.once("exit", (code) => done(code ?? 1)));
  const settled = new Promise<number>((done) => {
    const listen = (chunk: Buffer) => {
      text += chunk.toString();
      if (until && text.includes(until)) done(-1);
    };
    child.stdout?.on("data", listen);
    child.stderr?.on("data", listen);
    void exited.then(done);
  });
  return { child, output: () => text, settled, exited };
}

function withoutStartVariables(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.BCC_GUARD_POLICY;
  delete env.PORT;
  return env;
}

const fingerprint = (path: string) => (existsSync(path) ? `${statSync(path).mtimeMs} ${statSync(path).size}` : "none");

describe("npm start", () => {
  it("builds into its own folder for its port, never dist/, serves its policy, and a second start on the same port fails before building", async () => {
    const port = await freePort();
    const build = startBuildFolder(root, port);
    folders.push(build.folder);
    const dist = fingerprint(resolve(root, "dist/manifest.xml"));

    const first = npmStart(["--port", String(port), "--policy", POLICY], "Serving until");
    expect(await first.settled, first.output()).toBe(-1);
    expect(first.output()).toContain(`Policy           ${POLICY}`);
    expect(first.output()).toContain(`npm run sideload -- --port ${port}`);
    expect(readFileSync(build.manifestPath, "utf8")).toContain(`https://localhost:${port}/taskpane.html`);
    expect(fingerprint(resolve(root, "dist/manifest.xml"))).toBe(dist);
    const built = fingerprint(build.manifestPath);

    const second = npmStart(["--port", String(port)]);
    expect(await second.settled).toBe(1);
    expect(second.output()).toMatch(/port \d+ is in use .*Nothing was built/);
    expect(fingerprint(build.manifestPath)).toBe(built);

    const browser = await launchChromium();
    try {
      const page = await (await browser.newContext({ ignoreHTTPSErrors: true })).newPage();
      await page.goto(`https://localhost:${port}/simulator.html`);
      await expect.poll(() => page.locator(".app-policy").textContent()).toBe(`Policy: ${POLICY}`);
    } finally {
      await browser.close();
    }

    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);
  }, 300_000);
});
