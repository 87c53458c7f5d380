// npm run build [-- --policy FILE] [--base-url URL] [--version X.Y.Z.W] [--out DIR]
// The same through environment variables: BCC_GUARD_POLICY, BCC_GUARD_BASE_URL, BCC_GUARD_VERSION, BCC_GUARD_OUT.
import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";

import { CliError } from "../src/cli/cliError.ts";
import { loadPolicy } from "../src/cli/loadPolicy.ts";

import { buildAddin, checkBaseUrl, checkVersion, devManifestVersion } from "./buildAddin.ts";

function fail(lines: readonly string[]): never {
  for (const line of lines) console.error(line.startsWith("bcc-guard: ") ? line : `build: ${line}`);
  process.exit(1);
}

let args;
try {
  args = parseArgs({
    options: {
      policy: { type: "string" },
      "base-url": { type: "string" },
      version: { type: "string" },
      out: { type: "string" },
    },
  }).values;
} catch (error) {
  fail([(error as Error).message]);
}

const policyFile = args.policy ?? process.env.BCC_GUARD_POLICY;
// The same loader and messages as `bcc-guard policy check`: a bad policy stops the build, naming each bad path.
const policy = await loadPolicy(policyFile).catch((error: unknown) =>
  fail(error instanceof CliError ? [...error.lines] : [String(error)]),
);
const base = checkBaseUrl(args["base-url"] ?? process.env.BCC_GUARD_BASE_URL ?? "https://localhost:3000/");
if (!base.ok) fail([`--base-url: ${base.problem}`]);
const version = args.version ?? process.env.BCC_GUARD_VERSION ?? devManifestVersion();
if (!checkVersion(version)) fail([`--version: "${version}" must be up to four numbers such as 1.2.0.0`]);
const outDir = resolve(args.out ?? process.env.BCC_GUARD_OUT ?? "dist");

const report = await buildAddin({ policy, baseUrl: base.url, version, outDir });
const size = (path: string) => {
  const file = report.files.find((f) => f.path === path);
  return file ? `${(file.gzipBytes / 1024).toFixed(1)} KB gzip` : "missing";
};
const taskpaneJs = report.files.filter((f) => /^assets\/.*\.js$/.test(f.path)).reduce((n, f) => n + f.gzipBytes, 0);
const t = policy.thresholds;
const s = policy.sensitive;
console.log(
  `BCC Guard ${version} built for ${policy.organization || "(no organisation name)"}
  policy     ${policyFile ?? "default policy"}: mode ${policy.mode}, warn at ${t.warnAt} / block at ${t.blockAt} parties, ` +
    `${s.keywords.length} sensitive keywords (warn ${s.warnAt} / block ${s.blockAt}), large audience ${policy.largeAudience.warnAt ?? "off"}, on error ${policy.onError}
  internal   ${policy.internalDomains.join(", ") || "(sender's domain only)"}
  bundles    events.js ${size("events.js")}, task pane ${(taskpaneJs / 1024).toFixed(1)} KB gzip
  manifest   ${relative(process.cwd(), resolve(outDir, "manifest.xml"))} (URLs under ${base.url})`,
);
