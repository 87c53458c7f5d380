import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  rmdirSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";

import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import type { Element as XmlElement } from "@xmldom/xmldom";
import { OfficeAddinManifest } from "office-addin-manifest";
import { build } from "vite";

import type { Policy } from "../src/engine/index.ts";

import { bundledSbom } from "./bundledSbom.ts";
import { lintManifest } from "./manifestLint.ts";

const root = resolve(import.meta.dirname, "..");
const DEV_BASE_URL = "https://localhost:3000/";

/** The admin's choice of Outlook's SendMode for the check at Send (see docs/ADMIN.md). */
export const SEND_MODES = { "soft-block": "SoftBlock", block: "Block", "prompt-user": "PromptUser" } as const;
export type SendMode = keyof typeof SEND_MODES;

/**
 * The largest events.js a build accepts, gzip-compressed: 160 KiB. Outlook downloads and starts this script
 * before it can check a message; the policy's lists are compiled into it, so a huge policy would make every Send
 * slow. The default build is held to the design's 100 KiB (test/eventsBundle.test.ts: 99.6 KiB with the Public
 * Suffix List and the provider list inside); the rest is room for a policy's own lists at the schema's limits.
 */
export const EVENTS_BUDGET_GZIP_BYTES = 160 * 1024;

/** Lists what a build wrote, so that the next build into the same folder removes those files and nothing else. */
export const BUILD_RECORD = ".bcc-guard-build.json";
export const CHECKSUMS = "SHA256SUMS";
export const SBOM = "sbom.cdx.json";
/** Written by the build but not served: the manifest goes to the admin center; the rest is for the admin. */
const NOT_HOSTED = new Set(["manifest.xml", CHECKSUMS, SBOM, BUILD_RECORD]);

export interface BuildOptions {
  /** The validated policy compiled into the bundles. It never changes the manifest. */
  policy: Policy;
  /** Where the add-in will be hosted; every manifest URL is put under it. Must end with "/" (see checkBaseUrl). */
  baseUrl: string;
  /** The manifest version, four numbers. Raise it only when the manifest changes. */
  version: string;
  /**
   * The folder to write. It must not exist, be empty, or hold an earlier build (it has BUILD_RECORD): the files
   * that build wrote are removed, nothing else. On any failure the folder is left as it was.
   */
  outDir: string;
  /** Build only the events bundle (fast; used by the bundle tests). @default false */
  eventsOnly?: boolean;
  /** Outlook's SendMode for OnMessageSend. @default "soft-block" */
  sendMode?: SendMode;
  /** The manifest id of an organisation's own copy, a GUID. @default the repository's id */
  id?: string;
  /** The display name of an organisation's own copy (all languages). @default "BCC Guard" */
  name?: string;
  /** @default EVENTS_BUDGET_GZIP_BYTES */
  eventsBudgetGzipBytes?: number;
  /**
   * The manifest of the build deployed now. When given, a changed manifest must have a higher version (Outlook
   * and the admin center take a manifest with the same version as unchanged).
   */
  previousManifest?: string;
}

export interface BuildReport {
  outDir: string;
  /** Every file written, BUILD_RECORD included. */
  files: { path: string; bytes: number; gzipBytes: number }[];
  /** The files to put on the host, as listed in SHA256SUMS. Empty for an events-only build. */
  hosted: string[];
  /** Whether manifest.xml differs from `previousManifest` (undefined without one, or for an events-only build). */
  manifestChanged?: boolean;
  /** What office-addin-manifest reads back from the written manifest. */
  manifest?: { id: string; version: string; displayName: string };
}

/** A build that must not be deployed; `lines` say why, one problem each. */
export class BuildError extends Error {
  readonly lines: readonly string[];
  constructor(lines: readonly string[]) {
    super(lines.join("\n"));
    this.name = "BuildError";
    this.lines = lines;
  }
}

/**
 * Writes the add-in into `outDir`: manifest, events.html + events.js, the task pane, icons, support page, and
 * (except events-only) SHA256SUMS and a CycloneDX SBOM. Everything is built in a staging folder beside `outDir`,
 * checked (events.js budget, manifest lint, version), and only then moved in.
 */
export async function buildAddin(options: BuildOptions): Promise<BuildReport> {
  const outDir = resolve(options.outDir);
  const earlier = earlierBuild(outDir);
  mkdirSync(dirname(outDir), { recursive: true });
  const staging = mkdtempSync(join(dirname(outDir), `.${basename(outDir)}.building-`));
  try {
    const report = await buildInto(staging, options);
    for (const file of earlier) rmSync(join(outDir, file), { force: true });
    removeEmptyFolders(outDir, earlier);
    for (const file of report.written) {
      mkdirSync(dirname(join(outDir, file)), { recursive: true });
      renameSync(join(staging, file), join(outDir, file));
    }
    const written = [...report.written, BUILD_RECORD];
    writeFileSync(join(outDir, BUILD_RECORD), `${JSON.stringify({ files: written.slice(0, -1) }, null, 2)}\n`);
    return { ...report, outDir, files: written.map((path) => describe(outDir, path)) };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

async function buildInto(
  dir: string,
  options: BuildOptions,
): Promise<Omit<BuildReport, "outDir" | "files"> & { written: string[] }> {
  const define = { __BCC_GUARD_POLICY__: JSON.stringify(options.policy) };
  const modules: string[] = [];
  const collect = (output: unknown) => {
    for (const result of Array.isArray(output) ? output : [output])
      for (const item of (result as { output?: { type: string; modules?: object }[] }).output ?? [])
        if (item.type === "chunk" && item.modules) modules.push(...Object.keys(item.modules));
  };
  collect(
    await build({
      configFile: resolve(root, "vite.events.config.ts"),
      define,
      build: { outDir: dir, emptyOutDir: false },
    }),
  );
  const eventsGzip = gzipSync(readFileSync(join(dir, "events.js")), { level: 9 }).length;
  const budget = options.eventsBudgetGzipBytes ?? EVENTS_BUDGET_GZIP_BYTES;
  if (eventsGzip > budget)
    throw new BuildError([
      `events.js is ${kb(eventsGzip)} gzip, over its budget of ${kb(budget)}: Outlook loads it before every check. ` +
        `Shorten the policy's lists (internal, consumer and exempt entries, keywords).`,
    ]);
  if (options.eventsOnly) return { written: listFiles(dir), hosted: [] };

  if (existsSync(resolve(root, "src/taskpane/taskpane.html")))
    collect(
      await build({ configFile: resolve(root, "vite.config.ts"), define, build: { outDir: dir, emptyOutDir: false } }),
    );
  copyFileSync(resolve(root, "src/events/events.html"), join(dir, "events.html"));
  mkdirSync(join(dir, "assets"), { recursive: true });
  for (const file of readdirSync(resolve(root, "assets")).filter((f) => f.endsWith(".png")))
    copyFileSync(resolve(root, "assets", file), join(dir, "assets", file));
  writeFileSync(join(dir, "support.html"), supportPage(options.policy));

  const manifestPath = join(dir, "manifest.xml");
  writeFileSync(
    manifestPath,
    productionManifest(options.baseUrl, options.version, options.sendMode ?? "soft-block", options.name),
  );
  if (options.id !== undefined || options.name !== undefined) {
    // Microsoft's package rewrites <Id> and the default <DisplayName> (and reformats the file); the per-language
    // display names it leaves alone are set by productionManifest.
    await OfficeAddinManifest.modifyManifestFile(manifestPath, options.id, options.name);
  }
  const manifest = readFileSync(manifestPath, "utf8");
  const lint = lintManifest(manifest, readFileSync(join(dir, "events.js"), "utf8"));
  if (lint.problems.length > 0)
    throw new BuildError(lint.problems.map((problem) => `the manifest fails the lint: ${problem}`));
  let manifestChanged: boolean | undefined;
  if (options.previousManifest !== undefined) {
    manifestChanged = manifest !== options.previousManifest;
    const previousVersion = /<Version>([^<]*)<\/Version>/.exec(options.previousManifest)?.[1] ?? "0";
    if (manifestChanged && compareVersions(options.version, previousVersion) <= 0)
      throw new BuildError([
        `the manifest changed but its version ${options.version} is not higher than the previous ${previousVersion}: ` +
          `raise --version, or Outlook and the admin center keep the previous manifest`,
      ]);
  }
  const info = await OfficeAddinManifest.readManifestFile(manifestPath);

  const hosted = listFiles(dir).filter((file) => !NOT_HOSTED.has(file));
  writeFileSync(join(dir, CHECKSUMS), checksums(dir, hosted));
  writeFileSync(join(dir, SBOM), `${JSON.stringify(bundledSbom(root, modules), null, 2)}\n`);
  return {
    written: listFiles(dir),
    hosted,
    manifestChanged,
    manifest: { id: info.id ?? "", version: info.version ?? "", displayName: info.displayName ?? "" },
  };
}

/**
 * The development manifest with every URL moved under `baseUrl` (XML-escaped), the version and send mode set,
 * and, with `name`, the display name of every language. It depends on nothing in the policy, so a policy change
 * leaves it byte for byte the same.
 */
export function productionManifest(
  baseUrl: string,
  version: string,
  sendMode: SendMode = "soft-block",
  name?: string,
): string {
  let manifest = readFileSync(resolve(root, "manifest.xml"), "utf8")
    .split(DEV_BASE_URL)
    .join(escapeXml(baseUrl))
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${escapeXml(version)}</Version>`)
    .replace('SendMode="SoftBlock"', `SendMode="${SEND_MODES[sendMode]}"`);
  if (name !== undefined) {
    const doc = new DOMParser().parseFromString(manifest, "text/xml");
    const displayName = Array.from(doc.documentElement?.childNodes ?? []).find(
      (node): node is XmlElement => node.nodeType === 1 && (node as XmlElement).localName === "DisplayName",
    );
    for (const override of Array.from(displayName?.getElementsByTagNameNS("*", "Override") ?? []))
      override.setAttribute("Value", name);
    manifest = new XMLSerializer().serializeToString(doc);
  }
  return manifest;
}

/**
 * Checks an admin's base URL: https, no user name or password (they would be published in the manifest), no
 * query or fragment (the manifest appends file names). Adds a missing trailing "/". Returns the URL or a problem.
 */
export function checkBaseUrl(raw: string): { ok: true; url: string } | { ok: false; problem: string } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, problem: `"${raw}" is not a URL (e.g. https://addins.contoso.com/bcc-guard/)` };
  }
  if (url.protocol !== "https:")
    return { ok: false, problem: `"${raw}" must use https (Outlook loads add-ins over https only)` };
  if (url.username || url.password)
    return {
      ok: false,
      problem:
        "must not contain a user name or password: the manifest is readable by every user, and Outlook loads the files without signing in",
    };
  if (url.search || url.hash || raw.includes("?") || raw.includes("#"))
    return { ok: false, problem: `"${raw}" must not have a query or a fragment` };
  return { ok: true, url: url.href.endsWith("/") ? url.href : `${url.href}/` };
}

/** A manifest version: one to four whole numbers separated by dots, e.g. 1.2.0.0. */
export function checkVersion(raw: string): boolean {
  return /^\d{1,5}(\.\d{1,5}){0,3}$/.test(raw);
}

/** Compares two manifest versions number by number, a missing number counting as 0: negative, 0 or positive. */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => [...v.split(".").map(Number), 0, 0, 0, 0].slice(0, 4);
  const [pa, pb] = [parts(a), parts(b)];
  for (let i = 0; i < 4; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

export function devManifestVersion(): string {
  return /<Version>([^<]*)<\/Version>/.exec(readFileSync(resolve(root, "manifest.xml"), "utf8"))?.[1] ?? "1.0.0.0";
}

/** The files an earlier build wrote into `outDir`; refuses a folder that holds anything else. */
function earlierBuild(outDir: string): string[] {
  if (!existsSync(outDir)) return [];
  if (!statSync(outDir).isDirectory()) throw new BuildError([`--out ${outDir} is a file, not a folder`]);
  if (readdirSync(outDir).length === 0) return [];
  const record = join(outDir, BUILD_RECORD);
  if (!existsSync(record))
    throw new BuildError([
      `--out ${outDir} is not empty and is not an earlier BCC Guard build (it has no ${BUILD_RECORD}). ` +
        `The build never deletes files it did not write: choose an empty or new folder.`,
    ]);
  let files: unknown;
  try {
    files = (JSON.parse(readFileSync(record, "utf8")) as { files?: unknown }).files;
  } catch {
    files = undefined;
  }
  // A record edited to name "../x" must not make the build delete outside the folder.
  const inside = (file: unknown): file is string =>
    typeof file === "string" && resolve(outDir, file).startsWith(`${outDir}${sep}`);
  if (!Array.isArray(files) || !files.every(inside))
    throw new BuildError([`--out ${outDir}: ${BUILD_RECORD} is damaged; remove the folder yourself and build again`]);
  return [...files, BUILD_RECORD];
}

function removeEmptyFolders(outDir: string, files: readonly string[]): void {
  const folders = new Set(files.map((file) => dirname(file)).filter((folder) => folder !== "."));
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
    const path = join(outDir, folder);
    if (existsSync(path) && readdirSync(path).length === 0) rmdirSync(path);
  }
}

function checksums(dir: string, files: readonly string[]): string {
  return files
    .map(
      (file) =>
        `${createHash("sha256")
          .update(readFileSync(join(dir, file)))
          .digest("hex")}  ${file}\n`,
    )
    .join("");
}

function describe(dir: string, path: string): BuildReport["files"][number] {
  const content = readFileSync(join(dir, path));
  return { path, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}

/** Every file under `dir`, as sorted relative paths with "/". */
function listFiles(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      return entry.isDirectory() ? listFiles(dir, path) : [path];
    })
    .sort();
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function supportPage(policy: Policy): string {
  const org = escapeXml(policy.organization || "your organisation");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<title>BCC Guard: help</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:40em;margin:2em auto;padding:0 1em}</style></head>
<body><main><h1>BCC Guard</h1>
<p>BCC Guard checks the messages you send for ${org}. When many people from different outside organisations would see each other's addresses in To or Cc, it warns you or stops the message, and offers to move them to Bcc.</p>
<p>Use <strong>Move to Bcc</strong> in the alert or the ribbon. To undo, open the <strong>BCC Guard</strong> pane and choose <strong>Undo</strong>.</p>
<p>BCC Guard runs inside Outlook: no recipient data leaves your computer. For help, contact your IT service desk.</p>
</main></body></html>
`;
}

/** For text and attribute values in XML and HTML. */
function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
