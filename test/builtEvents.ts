import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { DEFAULT_POLICY } from "../src/engine/index.ts";
import type { Policy } from "../src/engine/index.ts";

import { buildAddin } from "../scripts/buildAddin.ts";

const cache = new Map<string, Promise<string>>();

/** Builds dist/events.js for a policy into a temp folder (once per policy per test file) and returns its code. */
export function builtEventsJs(policy: Policy = DEFAULT_POLICY): Promise<string> {
  const key = JSON.stringify(policy);
  let built = cache.get(key);
  if (!built) {
    const outDir = mkdtempSync(join(tmpdir(), "bcc-guard-events-"));
    built = buildAddin({
      policy,
      baseUrl: "https://localhost:3000/",
      version: "1.0.0.0",
      outDir,
      eventsOnly: true,
    }).then(() => readFileSync(join(outDir, "events.js"), "utf8"));
    cache.set(key, built);
  }
  return built;
}
