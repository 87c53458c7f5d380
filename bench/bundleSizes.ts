import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

import { DEFAULT_POLICY } from "../src/engine/index.ts";

import { buildAddin } from "../scripts/buildAddin.ts";

export interface BundleSizes {
  eventsJs: { bytes: number; gzipBytes: number };
  /** null when the task pane is not part of the build yet (no src/taskpane/taskpane.html). */
  taskpaneJs: { bytes: number; gzipBytes: number; files: string[] } | null;
}

/** Builds the add-in with the default policy into a temporary folder and reads the gzip sizes (level 9) of what users download. */
export async function measureBundleSizes(): Promise<BundleSizes> {
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
    const paneFiles = report.files.filter((file) => /^assets\/.*\.js$/.test(file.path));
    const paneBuilt = existsSync(resolve(import.meta.dirname, "../src/taskpane/taskpane.html")) && paneFiles.length > 0;
    return {
      eventsJs: { bytes: events.bytes, gzipBytes: events.gzipBytes },
      taskpaneJs: paneBuilt
        ? {
            bytes: paneFiles.reduce((sum, file) => sum + file.bytes, 0),
            gzipBytes: paneFiles.reduce((sum, file) => sum + file.gzipBytes, 0),
            files: paneFiles.map((file) => file.path),
          }
        : null,
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
