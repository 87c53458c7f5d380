import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";

import { build } from "vite";

import type { Policy } from "../src/engine/index.ts";

const root = resolve(import.meta.dirname, "..");
const DEV_BASE_URL = "https://localhost:3000/";

export interface BuildOptions {
  /** The validated policy compiled into the bundles. */
  policy: Policy;
  /** Where the add-in will be hosted; every manifest URL is put under it. Must end with "/". */
  baseUrl: string;
  /** The manifest version, four numbers (bump it on every change you deploy). */
  version: string;
  outDir: string;
  /** Build only the events bundle (fast; used by the bundle tests). @default false */
  eventsOnly?: boolean;
}

export interface BuildReport {
  outDir: string;
  files: { path: string; bytes: number; gzipBytes: number }[];
}

/** Writes the add-in into `outDir`: manifest, events.html + events.js, the task pane, icons, support page. */
export async function buildAddin(options: BuildOptions): Promise<BuildReport> {
  const { outDir, policy } = options;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const define = { __BCC_GUARD_POLICY__: JSON.stringify(policy) };

  await build({
    configFile: resolve(root, "vite.events.config.ts"),
    define,
    build: { outDir, emptyOutDir: false },
  });
  if (!options.eventsOnly) {
    if (existsSync(resolve(root, "src/taskpane/taskpane.html"))) {
      await build({ configFile: resolve(root, "vite.config.ts"), define, build: { outDir, emptyOutDir: false } });
    }
    copyFileSync(resolve(root, "src/events/events.html"), resolve(outDir, "events.html"));
    mkdirSync(resolve(outDir, "assets"), { recursive: true });
    for (const file of readdirSync(resolve(root, "assets")).filter((f) => f.endsWith(".png")))
      copyFileSync(resolve(root, "assets", file), resolve(outDir, "assets", file));
    writeFileSync(resolve(outDir, "manifest.xml"), productionManifest(options.baseUrl, options.version));
    writeFileSync(resolve(outDir, "support.html"), supportPage(policy));
  }
  return { outDir, files: listFiles(outDir) };
}

/** The development manifest with every URL moved under `baseUrl` and the version set. */
export function productionManifest(baseUrl: string, version: string): string {
  const manifest = readFileSync(resolve(root, "manifest.xml"), "utf8");
  return manifest
    .split(DEV_BASE_URL)
    .join(baseUrl)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
}

/** Checks an admin's base URL: https (http only for localhost), ending with "/". Returns the URL or a problem. */
export function checkBaseUrl(raw: string): { ok: true; url: string } | { ok: false; problem: string } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, problem: `"${raw}" is not a URL (e.g. https://addins.contoso.com/bcc-guard/)` };
  }
  const local = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && local))
    return { ok: false, problem: `"${raw}" must use https (Outlook loads add-ins over https only)` };
  if (url.search || url.hash) return { ok: false, problem: `"${raw}" must not have a query or a fragment` };
  return { ok: true, url: url.href.endsWith("/") ? url.href : `${url.href}/` };
}

/** A manifest version: one to four whole numbers separated by dots, e.g. 1.2.0.0. */
export function checkVersion(raw: string): boolean {
  return /^\d{1,5}(\.\d{1,5}){0,3}$/.test(raw);
}

export function devManifestVersion(): string {
  return /<Version>([^<]*)<\/Version>/.exec(readFileSync(resolve(root, "manifest.xml"), "utf8"))?.[1] ?? "1.0.0.0";
}

function listFiles(dir: string, prefix = ""): BuildReport["files"] {
  return readdirSync(resolve(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return listFiles(dir, path);
    const content = readFileSync(resolve(dir, path));
    return [{ path, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length }];
  });
}

function supportPage(policy: Policy): string {
  const org = escapeHtml(policy.organization || "your organisation");
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

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
