import { createHash, randomUUID } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";

import type { Browser, BrowserContext, Page } from "playwright-core";

import { buildAddin } from "../../scripts/buildAddin.ts";
import { DEFAULT_POLICY } from "../../src/engine/index.ts";
import type { Policy } from "../../src/engine/index.ts";
import { buildSimulator } from "../../src/simulator/build/buildSimulator.ts";
import { FAKE_OFFICE_PATH } from "../../src/simulator/build/outputLayout.ts";
import { resolveOfficeJsRequest } from "../../src/simulator/officeJsHost/officeJsFiles.ts";
import type { SimulatorApi } from "../../src/simulator/outlook/automationApi.ts";
import { OFFICE_JS_CDN_URL } from "../../src/simulator/server/officeScriptSwap.ts";
import { createSimulatorServer } from "../../src/simulator/server/simulatorServer.ts";
import type { SimulatorServer } from "../../src/simulator/server/simulatorServer.ts";

import { launchChromium } from "./launchChromium.ts";

declare global {
  interface Window {
    /** The simulator page's automation API (src/simulator/outlook/automationApi.ts). */
    simulator: SimulatorApi;
  }
}

const root = resolve(import.meta.dirname, "../..");

/** What the build reads; a change to any of these makes a new build. */
const BUILD_INPUTS = [
  "src",
  "assets",
  "manifest.xml",
  "scripts/buildAddin.ts",
  "vite.config.ts",
  "vite.events.config.ts",
];

/** Longer than any build takes, even on a busy two-core machine. */
const STALE_LOCK_MS = 180_000;

export interface BuiltSimulator {
  distDir: string;
  simulatorDir: string;
}

/**
 * dist/ (default policy) and the simulator, built once for the current sources and shared by every browser
 * test file: the folder is named after a hash of the inputs, and the first file to get there builds it while
 * the others wait.
 */
export async function builtSimulator(policy: Policy = DEFAULT_POLICY): Promise<BuiltSimulator> {
  const hash = createHash("sha256");
  // The policy is compiled into the add-in, so each policy gets its own build.
  if (policy !== DEFAULT_POLICY) hash.update(JSON.stringify(policy)).update("\0");
  for (const file of BUILD_INPUTS.flatMap((input) => listFiles(resolve(root, input))).sort()) {
    hash.update(relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  const folder = join(tmpdir(), `bcc-guard-simulator-${hash.digest("hex").slice(0, 16)}`);
  const built = { distDir: join(folder, "dist"), simulatorDir: join(folder, "simulator") };
  const done = join(folder, "complete");
  if (existsSync(done)) return built;

  const lock = `${folder}.lock`;
  // A lock left by a run that was killed mid-build would otherwise hold every later run up.
  if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) rmSync(lock, { recursive: true });
  let holdsLock = false;
  try {
    mkdirSync(lock);
    holdsLock = true;
  } catch {
    // Another test file is building the same sources.
    for (let waited = 0; waited < STALE_LOCK_MS; waited += 250) {
      if (existsSync(done)) return built;
      await new Promise((resolveWait) => setTimeout(resolveWait, 250));
    }
  }
  try {
    const staging = `${folder}.${randomUUID()}`;
    await buildAddin({
      policy,
      baseUrl: "https://localhost:3000/",
      version: "1.0.0.0",
      outDir: join(staging, "dist"),
    });
    await buildSimulator({ outDir: join(staging, "simulator") });
    writeFileSync(join(staging, "complete"), "");
    try {
      renameSync(staging, folder);
    } catch {
      rmSync(staging, { recursive: true, force: true });
    }
  } finally {
    if (holdsLock) rmSync(lock, { recursive: true, force: true });
  }
  return built;
}

function listFiles(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return /\.test\.tsx?$/.test(path) ? [] : [path];
  return readdirSync(path).flatMap((name) => listFiles(join(path, name)));
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /**
   * Which Office.js answers the add-in pages' Office.js URL: Microsoft's, from node_modules (its CDN folder
   * and MicrosoftAjax.js's URL answered locally), or the simulator's fake.
   * @default "real"
   */
  office?: "real" | "fake";
  /**
   * Load the add-in from the server's own pages for `office` (/addin/ or /addin-fake/), as `npm start` does,
   * with every request off this origin refused, instead of the pages at `/` with Microsoft's URLs answered here.
   * @default false
   */
  servedPages?: boolean;
}

export interface SimulatorHarness {
  readonly server: SimulatorServer;
  readonly browser: Browser;
  /** Opens the simulator in a fresh context; the add-in pages load from `/` exactly as built. */
  open(options?: OpenOptions): Promise<SimulatorPage>;
  close(): Promise<void>;
}

export interface SimulatorPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Uncaught errors in the page and its frames so far. */
  readonly errors: string[];
  /** Requests off the server's origin that were refused. */
  readonly refused: string[];
  close(): Promise<void>;
}

/**
 * Builds (or reuses) the simulator, serves it on a free port and launches Chromium. The add-in is built with
 * `policy` (as `npm start -- --policy FILE` does). @default the default policy
 */
export async function startSimulator(policy: Policy = DEFAULT_POLICY): Promise<SimulatorHarness> {
  const built = await builtSimulator(policy);
  const certDir = mkdtempSync(join(tmpdir(), "bcc-guard-test-certs-"));
  const server = await createSimulatorServer({
    port: 0,
    distDir: built.distDir,
    simulatorDir: built.simulatorDir,
    certDir,
  });
  const fakeOfficeJs = readFileSync(join(built.simulatorDir, FAKE_OFFICE_PATH), "utf8");
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    await server.close();
    rmSync(certDir, { recursive: true, force: true });
    throw error;
  }
  const origin = new URL(server.url).origin;
  const officeFiles = new Map<string, Buffer>();
  /** Microsoft's file for a URL of its CDN or MicrosoftAjax.js's, cached: every frame load asks for the same few. */
  const officeJsFile = (url: string) => {
    const file = resolveOfficeJsRequest(url);
    if (!file) return undefined;
    let body = officeFiles.get(file.path);
    if (!body) {
      body = readFileSync(file.path);
      officeFiles.set(file.path, body);
    }
    return { contentType: file.contentType, body };
  };

  return {
    server,
    browser,
    async open(options = {}) {
      const office = options.office ?? "real";
      const served = options.servedPages ?? false;
      const refused: string[] = [];
      const context = await browser.newContext({
        ignoreHTTPSErrors: true,
        viewport: options.viewport ?? { width: 1280, height: 800 },
      });
      // Nothing leaves the machine: Microsoft's URLs get Office.js from node_modules and our MicrosoftAjax
      // stand-in (or the fake office.js), anything else not local is refused.
      await context.route(
        (url) => url.origin !== origin,
        (route) => {
          const url = route.request().url();
          const answer = served
            ? undefined
            : office === "real"
              ? officeJsFile(url)
              : url === OFFICE_JS_CDN_URL
                ? { contentType: "text/javascript; charset=utf-8", body: fakeOfficeJs }
                : undefined;
          if (answer) return route.fulfill({ status: 200, ...answer });
          refused.push(url);
          return route.abort("blockedbyclient");
        },
      );
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(String(error)));
      await page.goto(`${server.url}simulator.html?${served ? "" : "addin=/&"}office=${office}`);
      await page.waitForFunction(() => typeof window.simulator === "object");
      await page.evaluate(() => window.simulator.reset());
      return { context, page, errors, refused, close: () => context.close() };
    },
    async close() {
      await browser.close();
      await server.close();
      rmSync(certDir, { recursive: true, force: true });
    },
  };
}
