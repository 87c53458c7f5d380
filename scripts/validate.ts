// npm run validate [-- MANIFEST]: Microsoft's manifest validation (the service the admin center and AppSource use),
// through office-addin-manifest. It needs the internet; offline, it says so and runs the offline lint instead.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

import { Command } from "commander";
import { validateManifest } from "office-addin-manifest";
import type { ManifestValidation } from "office-addin-manifest";

import { lintManifest } from "./manifestLint.ts";

/** Microsoft's validation, injected so that tests run without the network. */
export type Validator = (manifestPath: string) => Promise<ManifestValidation>;

/**
 * Validates `manifestPath` with Microsoft's service and prints what it says; when the service cannot be reached,
 * prints that plainly and runs the offline lint (with events.js beside the manifest when there is one).
 * Returns the exit code: 0 valid, 1 invalid, 2 no such file.
 */
export async function validate(
  manifestPath: string,
  validator: Validator,
  print: (line: string) => void,
): Promise<number> {
  if (!existsSync(manifestPath)) {
    print(`validate: ${manifestPath} does not exist (build first: npm run build)`);
    return 2;
  }
  let validation: ManifestValidation;
  try {
    validation = await validator(manifestPath);
  } catch (error) {
    print(`validate: Microsoft's validation service could not be reached (it needs the internet): ${firstLine(error)}`);
    print(
      "validate: running the offline lint instead. The manifest is NOT validated by Microsoft until this runs online.",
    );
    const events = join(dirname(manifestPath), "events.js");
    const lint = lintManifest(
      readFileSync(manifestPath, "utf8"),
      existsSync(events) ? readFileSync(events, "utf8") : undefined,
    );
    for (const problem of lint.problems) print(`✗ ${manifestPath}: ${problem}`);
    if (lint.problems.length === 0) print(`✓ ${manifestPath} passes the offline lint: ${lint.summary}`);
    return lint.problems.length === 0 ? 0 : 1;
  }
  const report = validation.report;
  for (const issue of report?.errors ?? []) print(`✗ error: ${issue.title ?? ""}: ${issue.content ?? ""}`);
  for (const issue of report?.warnings ?? []) print(`! warning: ${issue.title ?? ""}: ${issue.content ?? ""}`);
  if (validation.isValid) {
    print(`✓ ${manifestPath} is valid for Microsoft's validation service`);
    return 0;
  }
  if (!report) print(`✗ the validation service answered ${validation.status ?? "?"} ${validation.statusText ?? ""}`);
  print(`✗ ${manifestPath} is not valid for Microsoft's validation service`);
  return 1;
}

function firstLine(error: unknown): string {
  return String((error as Error).message ?? error)
    .split("\n")
    .filter((line) => line.trim() !== "")
    .join(" ");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const program = new Command("npm run validate --")
    .description(
      "Validate a manifest with Microsoft's service (sends the manifest file to validationgateway.omex.office.net).",
    )
    .helpOption("-h, --help", "show this help")
    .argument("[MANIFEST]", "the manifest to validate", "dist/manifest.xml")
    .parse(process.argv.slice(2), { from: "user" });
  process.exitCode = await validate(program.processedArgs[0] as string, validateManifest, (line) => console.log(line));
}
