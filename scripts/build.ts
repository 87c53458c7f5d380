// npm run build -- [options]; npm run build -- --help lists them.
import { existsSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";

import { Command, CommanderError, Option } from "commander";

import { CliError } from "../src/cli/cliError.ts";
import { loadPolicy } from "../src/cli/loadPolicy.ts";
import { terminalSafe } from "../src/cli/terminalSafe.ts";

import {
  BuildError,
  CHECKSUMS,
  EVENTS_BUDGET_GZIP_BYTES,
  SBOM,
  SEND_MODES,
  buildAddin,
  checkBaseUrl,
  checkVersion,
  devManifestVersion,
} from "./buildAddin.ts";
import type { SendMode } from "./buildAddin.ts";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface BuildArgs {
  policy?: string;
  baseUrl: string;
  version?: string;
  out: string;
  sendMode: SendMode;
  previous?: string;
  id?: string;
  name?: string;
}

/** The build's command line; each option also reads the environment variable named in its help. */
export function createBuildProgram(): Command {
  return new Command("npm run build --")
    .description("Build BCC Guard with your policy for your host: the files to host and the manifest to upload.")
    .helpOption("-h, --help", "show this help")
    .addOption(
      new Option("--policy <FILE>", "policy JSON file (default: the built-in defaults)").env("BCC_GUARD_POLICY"),
    )
    .addOption(
      new Option("--base-url <URL>", "https URL the files will be hosted under")
        .env("BCC_GUARD_BASE_URL")
        .default("https://localhost:3000/"),
    )
    .addOption(
      new Option("--version <X.Y.Z.W>", "manifest version; raise it only when the manifest changes").env(
        "BCC_GUARD_VERSION",
      ),
    )
    .addOption(
      new Option("--out <DIR>", "output folder: new, empty, or an earlier build").env("BCC_GUARD_OUT").default("dist"),
    )
    .addOption(
      new Option("--send-mode <MODE>", "what Outlook does when the check cannot run or says block")
        .choices(Object.keys(SEND_MODES))
        .env("BCC_GUARD_SEND_MODE")
        .default("soft-block"),
    )
    .addOption(
      new Option(
        "--previous <DIR>",
        "the build deployed now: says whether the manifest changed, checks the version",
      ).env("BCC_GUARD_PREVIOUS"),
    )
    .addOption(new Option("--id <GUID>", "manifest id of your organisation's own copy").env("BCC_GUARD_ID"))
    .addOption(new Option("--name <NAME>", "display name of your organisation's own copy").env("BCC_GUARD_NAME"))
    .addHelpText(
      "after",
      `
The build stops, writing nothing, on an invalid policy, an events.js over ${EVENTS_BUDGET_GZIP_BYTES / 1024} KB gzip, a manifest
that fails the lint, or (with --previous) a changed manifest whose version is not higher. A policy change alone
never changes the manifest. Every option is explained in docs/ADMIN.md.`,
    )
    .exitOverride()
    .configureOutput({ outputError: (message) => process.stderr.write(`build: ${message.replace(/^error: /, "")}`) });
}

async function run(args: BuildArgs): Promise<void> {
  const fail = (lines: readonly string[]): never => {
    throw new BuildError(lines);
  };
  const policy = await loadPolicy(args.policy);
  const base = checkBaseUrl(args.baseUrl);
  if (!base.ok) fail([`--base-url: ${base.problem}`]);
  const baseUrl = base.ok ? base.url : "";
  const version = args.version ?? devManifestVersion();
  if (!checkVersion(version)) fail([`--version: "${version}" must be up to four numbers such as 1.2.0.0`]);
  if (args.id !== undefined && !GUID.test(args.id))
    fail([`--id: "${args.id}" is not a GUID; make one with: node -e "console.log(crypto.randomUUID())"`]);
  let previousManifest: string | undefined;
  if (args.previous !== undefined) {
    const path = join(args.previous, "manifest.xml");
    if (!existsSync(path)) fail([`--previous: ${path} does not exist`]);
    previousManifest = readFileSync(path, "utf8");
  }
  const outDir = resolve(args.out);
  const report = await buildAddin({
    policy,
    baseUrl,
    version,
    outDir,
    sendMode: args.sendMode,
    id: args.id,
    name: args.name,
    previousManifest,
  });

  const size = (path: string) => {
    const file = report.files.find((f) => f.path === path);
    return file ? `${(file.gzipBytes / 1024).toFixed(1)} KB gzip` : "missing";
  };
  const taskpaneJs = report.files.filter((f) => /^assets\/.*\.js$/.test(f.path)).reduce((n, f) => n + f.gzipBytes, 0);
  const t = policy.thresholds;
  const s = policy.sensitive;
  const where = (file: string) => relative(process.cwd(), resolve(outDir, file)) || file;
  const manifest = report.manifest;
  const change =
    report.manifestChanged === undefined
      ? "(use --previous DIR to compare with the build deployed now)"
      : report.manifestChanged
        ? `CHANGED since ${args.previous}: upload it in the admin center (users may need your consent again)`
        : `unchanged since ${args.previous}: host the new files; nothing to upload in the admin center`;
  console.log(
    terminalSafe(
      `BCC Guard ${version} built for ${policy.organization || "(no organisation name)"}
  policy     ${args.policy ?? "default policy"}: mode ${policy.mode}, warn at ${t.warnAt} / block at ${t.blockAt} parties, ` +
        `${s.keywords.length} sensitive keywords (warn ${s.warnAt} / block ${s.blockAt}), large audience ${policy.largeAudience.warnAt ?? "off"}, on error ${policy.onError}
  internal   ${policy.internalDomains.join(", ") || "(sender's domain only)"}
  bundles    events.js ${size("events.js")} (budget ${EVENTS_BUDGET_GZIP_BYTES / 1024} KB), task pane ${(taskpaneJs / 1024).toFixed(1)} KB gzip
  manifest   ${where("manifest.xml")}: "${manifest?.displayName}", id ${manifest?.id}, version ${manifest?.version}, send mode ${args.sendMode}, URLs under ${baseUrl}; passes the lint
             ${change}
  host       the ${report.hosted.length} files listed in ${where(CHECKSUMS)} (check the host against it: docs/ADMIN.md)
  inventory  ${where(SBOM)} (CycloneDX: the npm packages in the bundles)`,
    ),
  );
}

export async function main(argv: readonly string[]): Promise<number> {
  const program = createBuildProgram();
  try {
    program.parse(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
  try {
    await run(program.opts<BuildArgs>());
    return 0;
  } catch (error) {
    const lines = error instanceof CliError || error instanceof BuildError ? error.lines : [String(error)];
    for (const line of lines) console.error(terminalSafe(line.startsWith("bcc-guard: ") ? line : `build: ${line}`));
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.exitCode = await main(process.argv.slice(2));
