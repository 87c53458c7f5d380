import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

import { DEFAULT_POLICY } from "../src/engine/index.ts";

import { buildAddin } from "../scripts/buildAddin.ts";

export interface BundleSizes {
  eventsJs: { bytes: number; gzipBytes: number };
  /** The pane's own code, the domain data chunk left out. null when the task pane is not part of the build. */
  taskpaneJs: { bytes: number; gzipBytes: number; files: string[] } | null;
  /** The pane's domain data chunk (Public Suffix List, provider and relay lists), loaded in parallel. */
  domainDataJs: { bytes: number; gzipBytes: number; files: string[] } | null;
}

/** The sizes, and the built events.js itself (for the cold-start figure). */
export interface BuiltBundles {
  sizes: BundleSizes;
  eventsCode: string;
}

/** Builds the add-in with the default policy into a temporary folder and reads the gzip sizes (level 9) of what users download. */
export async function measureBundleSizes(): Promise<BuiltBundles> {
  const outDir = mkdtempSync(join(tmpdir(), "bcc-guard-bench-"));
  try {
    const report = await buildAddin({
      policy: DEFAULT_POLICY,
      baseUrl: "https://addins.contoso.com/bcc-guard/",
      version: "1.0.0.0",
      outDir,
    });
    const events = report.files.find((file) => file.path === "events.js");
    if (!events) throw new Error("the build wrote no events.js");
    const scripts = report.files.filter((file) => /^assets\/.*\.js$/.test(file.path));
    const paneBuilt = existsSync(resolve(import.meta.dirname, "../src/taskpane/taskpane.html")) && scripts.length > 0;
    const isData = (file: { path: string }) => file.path.startsWith("assets/domain-data-");
    const total = (files: typeof scripts) => ({
      bytes: files.reduce((sum, file) => sum + file.bytes, 0),
      gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
      files: files.map((file) => file.path),
    });
    return {
      sizes: {
        eventsJs: { bytes: events.bytes, gzipBytes: events.gzipBytes },
        taskpaneJs: paneBuilt ? total(scripts.filter((file) => !isData(file))) : null,
        domainDataJs: paneBuilt ? total(scripts.filter(isData)) : null,
      },
      eventsCode: readFileSync(join(outDir, "events.js"), "utf8"),
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
