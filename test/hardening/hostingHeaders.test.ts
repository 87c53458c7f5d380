import { readFileSync, mkdtempSync, rmSync, existsSync } from "node:fs";
import { createServer } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DEFAULT_POLICY } from "../../src/engine/index.ts";

import { buildAddin } from "../../scripts/buildAddin.ts";
import { checkHost } from "../../scripts/checkHost.ts";

// docs/hosting/ holds the sample header configurations of docs/ADMIN.md for nginx and Azure Static Web Apps.
// Neither host runs here, so each file's rules are read the way that host applies them (nginx: the longest
// prefix location, then its first matching regex location, whose add_header lines replace the outer ones;
// Static Web Apps: the first matching route's headers over globalHeaders), a loopback server serves a real
// build with the headers they give, and the answers are checked as a browser and Outlook would see them.

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const ADMIN = readFileSync(join(REPO, "docs/ADMIN.md"), "utf8");

type Headers = Record<string, string>;
/** The headers a host's configuration gives a path under the base path, or undefined for no file. */
type Rules = (path: string) => Headers;

interface NginxBlock {
  pattern: string;
  regex: boolean;
  headers: Headers;
  types?: Map<string, string>;
  charset?: string;
  charsetTypes?: string[];
  children: NginxBlock[];
}

/** Just enough of nginx's syntax for docs/hosting/nginx.conf: location, add_header, types, charset. */
function parseNginx(text: string): NginxBlock[] {
  const tokens = [...text.replace(/#.*$/gm, "").matchAll(/"((?:[^"\\]|\\.)*)"|([{};])|([^\s{};"]+)/g)].map((m) =>
    m[1] !== undefined ? m[1] : (m[2] ?? m[3] ?? ""),
  );
  let i = 0;
  const block = (): NginxBlock[] => {
    const blocks: NginxBlock[] = [];
    const current: NginxBlock = { pattern: "", regex: false, headers: {}, children: blocks };
    const statements: NginxBlock[] = [];
    while (i < tokens.length && tokens[i] !== "}") {
      const words: string[] = [];
      while (tokens[i] !== ";" && tokens[i] !== "{") words.push(tokens[i++] ?? "");
      if (tokens[i] === "{") {
        i++;
        if (words[0] === "location") {
          const regex = words[1] === "~";
          const inner = block();
          statements.push({ ...inner[0]!, pattern: regex ? words[2]! : words[1]!, regex });
        } else if (words[0] === "types") {
          const types = new Map<string, string>();
          while (tokens[i] !== "}") {
            const entry: string[] = [];
            while (tokens[i] !== ";") entry.push(tokens[i++] ?? "");
            i++;
            for (const ext of entry.slice(1)) types.set(ext, entry[0]!);
          }
          i++;
          current.types = types;
        }
        continue;
      }
      i++;
      if (words[0] === "add_header") current.headers[words[1]!] = words[2]!;
      if (words[0] === "charset") current.charset = words[1];
      if (words[0] === "charset_types") current.charsetTypes = words.slice(1);
    }
    i++;
    current.children = statements;
    return [current];
  };
  return block()[0]!.children;
}

function nginxRules(text: string): Rules {
  const locations = parseNginx(text);
  return (path) => {
    const outer = locations
      .filter((l) => !l.regex && path.startsWith(l.pattern))
      .sort((a, b) => b.pattern.length - a.pattern.length)[0];
    if (!outer) return {};
    const inner = outer.children.find((l) => l.regex && new RegExp(l.pattern).test(path));
    const headers = { ...(inner && Object.keys(inner.headers).length > 0 ? inner.headers : outer.headers) };
    const types = inner?.types ?? outer.types ?? new Map<string, string>();
    const type = types.get(extname(path).slice(1)) ?? "application/octet-stream";
    const charset = inner?.charset ?? outer.charset;
    const charsetTypes = inner?.charsetTypes ?? outer.charsetTypes ?? [];
    headers["Content-Type"] = charset && charsetTypes.includes(type) ? `${type}; charset=${charset}` : type;
    return headers;
  };
}

interface StaticWebAppConfig {
  routes: { route: string; headers?: Headers }[];
  globalHeaders: Headers;
  mimeTypes: Record<string, string>;
}

function staticWebAppRules(text: string): Rules {
  const config = JSON.parse(text) as StaticWebAppConfig;
  return (path) => {
    const route = config.routes.find((r) =>
      r.route.endsWith("*") ? path.startsWith(r.route.slice(0, -1)) : path === r.route,
    );
    const type = config.mimeTypes[extname(path)] ?? "application/octet-stream";
    return { ...config.globalHeaders, ...route?.headers, "Content-Type": type };
  };
}

const HOSTS = [
  { name: "nginx", file: "docs/hosting/nginx.conf", basePath: "/bcc-guard/", rules: nginxRules },
  {
    name: "Azure Static Web Apps",
    file: "docs/hosting/staticwebapp.config.json",
    basePath: "/",
    rules: staticWebAppRules,
  },
];

let outDir = "";
let hosted: string[] = [];
const servers: Server[] = [];

function serve(rules: Rules, basePath: string): Promise<string> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    const file = path.startsWith(basePath) ? path.slice(basePath.length) : "";
    if (!hosted.includes(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, rules(path)).end(readFileSync(join(outDir, file)));
  });
  servers.push(server);
  return new Promise((resolve) => {
    // Loopback only: nothing outside this machine can reach it.
    server.listen(0, "127.0.0.1", () => {
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}${basePath}`);
    });
  });
}

/** `script-src 'self' x` → Map { "script-src" => ["'self'", "x"] } */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = "", ...sources]) => [name, sources]),
  );
}

/** The content types docs/ADMIN.md tells admins to serve, by extension. */
function documentedTypes(): Map<string, string> {
  const rows = ADMIN.split("\n").filter((line) => /^\| `\.\w+`/.test(line));
  return new Map(
    rows.map((line) => {
      const [ext = "", type = ""] = line
        .split("|")
        .slice(1, 3)
        .map((cell) => cell.trim().replace(/`/g, ""));
      return [ext, type.replace(/ \(.*\)$/, "")];
    }),
  );
}

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), "bcc-guard-hosting-"));
  const report = await buildAddin({
    policy: DEFAULT_POLICY,
    baseUrl: "https://addins.contoso.com/bcc-guard/",
    version: "1.0.0.0",
    outDir,
  });
  hosted = report.hosted;
}, 240_000);

afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe.each(HOSTS)("the sample configuration for $name ($file)", ({ file, basePath, rules }) => {
  const config = readFileSync(join(REPO, file), "utf8");
  let base = "";
  const get = async (path: string) => {
    const response = await fetch(new URL(path, base));
    await response.arrayBuffer();
    return response;
  };
  beforeAll(async () => {
    base = await serve(rules(config), basePath);
  });

  it("serves every hosted file unchanged: the host check against SHA256SUMS passes", async () => {
    const results = await checkHost(base, readFileSync(join(outDir, "SHA256SUMS"), "utf8"));
    expect(results.length).toBe(hosted.length);
    expect(results.filter((result) => !result.ok)).toEqual([]);
  });

  it("gives each file the content type docs/ADMIN.md lists, and nosniff", async () => {
    const types = documentedTypes();
    for (const path of hosted) {
      const response = await get(path);
      expect(response.headers.get("content-type"), path).toBe(types.get(extname(path)));
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
    }
  });

  it("caches the per-build pane script for a year and makes every fixed name revalidate", async () => {
    for (const path of hosted) {
      const cache = (await get(path)).headers.get("cache-control");
      if (/^assets\/taskpane-[^/]+\.js$/.test(path)) expect(cache, path).toBe("public, max-age=31536000, immutable");
      else expect(cache, path).toBe("no-cache");
    }
  });

  it("sends a Content-Security-Policy header that allows what each page needs and nothing the page forbids", async () => {
    for (const page of hosted.filter((path) => path.endsWith(".html"))) {
      const header = (await get(page)).headers.get("content-security-policy") ?? "";
      expect(header, page).toMatch(/default-src 'none'/);
      const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
        readFileSync(join(outDir, page), "utf8"),
      )?.[1];
      expect(meta, `${page} has its own policy`).toBeDefined();
      const allowed = directives(header);
      for (const [name, sources] of directives(meta ?? ""))
        for (const source of sources)
          if (source !== "'none'") expect(allowed.get(name) ?? [], `${page}: ${name} ${source}`).toContain(source);
      // Outlook on the web shows the pane in a frame.
      expect(header).not.toMatch(/frame-ancestors/);
    }
  });

  it("never forbids framing", async () => {
    for (const path of hosted) expect((await get(path)).headers.get("x-frame-options"), path).toBeNull();
  });
});

it("check-host reports a file the host serves differently, or not at all", async () => {
  const base = await serve((path) => ({ "Content-Type": path.endsWith(".js") ? "text/javascript" : "text/html" }), "/");
  const sums = readFileSync(join(outDir, "SHA256SUMS"), "utf8");
  const tampered = sums.replace(/^[0-9a-f]{64}(?= {2}events\.js$)/m, "0".repeat(64)) + `${"1".repeat(64)}  gone.js\n`;
  const results = await checkHost(base, tampered);
  expect(results.find((r) => r.file === "events.js")).toMatchObject({ ok: false, detail: /differs from the build/ });
  expect(results.find((r) => r.file === "gone.js")).toEqual({ file: "gone.js", ok: false, detail: "HTTP 404" });
  expect(existsSync(join(outDir, "SHA256SUMS"))).toBe(true);
});
