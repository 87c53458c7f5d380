import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:https";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve, sep } from "node:path";

import { FAKE_OFFICE_PATH, SIMULATOR_ASSETS_DIR } from "../build/outputLayout.ts";

import { MS_AJAX_STAND_IN_FILE, resolveOfficeJsPath } from "../officeJsHost/officeJsFiles.ts";

import { loadOrCreateCertificate } from "./certificate.ts";
import { contentTypeFor } from "./contentType.ts";
import { pointOfficeScriptAtLocal, swapOfficeScript } from "./officeScriptSwap.ts";
import {
  ADDIN_PREFIX,
  FAKE_ADDIN_PREFIX,
  MS_AJAX_STAND_IN_PATH,
  OFFICE_JS_PREFIX,
  SIMULATOR_INFO_PATH,
} from "./servedPaths.ts";
import type { SimulatorInfo } from "./servedPaths.ts";

export interface SimulatorServerOptions {
  /**
   * 0 picks a free port.
   * @default 3000
   */
  readonly port?: number;
  /** The built add-in (buildAddin's outDir), served unchanged at the root. */
  readonly distDir: string;
  /** The built simulator (buildSimulator's outDir). */
  readonly simulatorDir: string;
  /** Where the self-signed certificate is kept and reused. */
  readonly certDir: string;
  /**
   * The policy file the add-in was built with, as the user named it, shown on the simulator page
   * (`SIMULATOR_INFO_PATH`). Undefined for the default policy.
   */
  readonly policyFile?: string;
}

export interface SimulatorServer {
  /** "https://localhost:PORT/". */
  readonly url: string;
  readonly port: number;
  /** The certificate file a machine running real Outlook must trust. */
  readonly certPath: string;
  readonly certificateCreated: boolean;
  close(): Promise<void>;
}

/**
 * The development server, over HTTPS with a locally made certificate:
 * - `/…` serves the add-in exactly as built (what real Outlook loads through the manifest);
 * - `/simulator.html` and its assets serve the simulator page (`/` redirects there), and
 *   `/simulator-info.json` what the page shows about this server (the policy it was built with);
 * - `/office-js/…` serves Microsoft's Office.js from node_modules (@microsoft/office-js/dist/, unmodified) and
 *   `/ms-ajax/MicrosoftAjax.js` our stand-in for the ASP.NET AJAX file it needs;
 * - `/addin/…` serves the same add-in files, where the HTML pages load Office.js from `/office-js/` after the
 *   MicrosoftAjax stand-in (one script tag added), every other byte as built: the simulator's default frames;
 * - `/fake-office/office.js` serves the simulator's fake Office.js, and `/addin-fake/…` the add-in files with
 *   only the Office.js URL pointed at it (`simulator.html?office=fake`).
 * Listens on 127.0.0.1 and, when the machine has it, ::1, as both are "localhost" to a browser.
 */
export async function createSimulatorServer(options: SimulatorServerOptions): Promise<SimulatorServer> {
  const certificate = await loadOrCreateCertificate(options.certDir);
  const handler = (request: IncomingMessage, response: ServerResponse) => {
    respond(request, response, options).catch(() => {
      if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      response.end("Internal error");
    });
  };
  const tls = { key: certificate.key, cert: certificate.cert };
  const primary = createServer(tls, handler);
  await listen(primary, options.port ?? 3000, "127.0.0.1");
  const port = (primary.address() as AddressInfo).port;
  const servers: Server[] = [primary];
  const secondary = createServer(tls, handler);
  try {
    await listen(secondary, port, "::1");
    servers.push(secondary);
  } catch {
    // No IPv6 loopback here: browsers fall back to 127.0.0.1.
  }
  return {
    url: `https://localhost:${port}/`,
    port,
    certPath: certificate.certPath,
    certificateCreated: certificate.created,
    close: () => Promise.all(servers.map(closeServer)).then(() => undefined),
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => {
      server.off("error", fail);
      done();
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((done) => {
    server.close(() => done());
    server.closeAllConnections();
  });
}

async function respond(request: IncomingMessage, response: ServerResponse, options: SimulatorServerOptions) {
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.writeHead(405, { Allow: "GET, HEAD" }).end();
    return;
  }
  const url = new URL(request.url ?? "/", "https://localhost");
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    response.writeHead(400).end();
    return;
  }
  if (path === "/") {
    response.writeHead(302, { Location: "/simulator.html" }).end();
    return;
  }
  if (path === "/simulator.html" || path.startsWith(`/${SIMULATOR_ASSETS_DIR}/`) || path === `/${FAKE_OFFICE_PATH}`) {
    await sendFile(response, request, options.simulatorDir, path);
    return;
  }
  if (path === SIMULATOR_INFO_PATH) {
    const info: SimulatorInfo = { policyFile: options.policyFile ?? null };
    const body = Buffer.from(JSON.stringify(info));
    response.writeHead(200, {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Length": body.length,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    });
    response.end(request.method === "HEAD" ? undefined : body);
    return;
  }
  if (path === MS_AJAX_STAND_IN_PATH) {
    await sendPath(response, request, MS_AJAX_STAND_IN_FILE);
    return;
  }
  if (path.startsWith(OFFICE_JS_PREFIX)) {
    const file = resolveOfficeJsPath(path.slice(OFFICE_JS_PREFIX.length));
    if (file) await sendPath(response, request, file.path);
    else notFound(response);
    return;
  }
  if (path.startsWith(ADDIN_PREFIX)) {
    const inner = `/${path.slice(ADDIN_PREFIX.length)}`;
    const transform = inner.endsWith(".html")
      ? (bytes: Buffer) =>
          Buffer.from(
            pointOfficeScriptAtLocal(bytes.toString("utf8"), `${OFFICE_JS_PREFIX}office.js`, MS_AJAX_STAND_IN_PATH),
          )
      : undefined;
    await sendFile(response, request, options.distDir, inner, transform);
    return;
  }
  if (path.startsWith(FAKE_ADDIN_PREFIX)) {
    const inner = `/${path.slice(FAKE_ADDIN_PREFIX.length)}`;
    const transform = inner.endsWith(".html")
      ? (bytes: Buffer) => Buffer.from(swapOfficeScript(bytes.toString("utf8"), `/${FAKE_OFFICE_PATH}`))
      : undefined;
    await sendFile(response, request, options.distDir, inner, transform);
    return;
  }
  await sendFile(response, request, options.distDir, path);
}

async function sendFile(
  response: ServerResponse,
  request: IncomingMessage,
  root: string,
  path: string,
  transform?: (bytes: Buffer) => Buffer,
) {
  const file = insideRoot(root, path);
  if (!file) {
    notFound(response);
    return;
  }
  await sendPath(response, request, file, transform);
}

/**
 * Sends one file the caller has already confined to a served folder. A development server: every load must
 * see the latest build, so the browser revalidates each time (no-cache), but an unchanged file is answered
 * "304 Not Modified" through its ETag. Like Office.js from Microsoft's CDN, a file the browser already has then
 * costs no download, and Chromium reuses the compiled code it cached for it: the pane's first paint is not
 * inflated by compiling Office.js on every open.
 */
async function sendPath(
  response: ServerResponse,
  request: IncomingMessage,
  file: string,
  transform?: (bytes: Buffer) => Buffer,
) {
  const info = await fileInfo(file);
  if (!info) {
    notFound(response);
    return;
  }
  const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}${transform ? "-t" : ""}"`;
  const headers = {
    "Cache-Control": "no-cache",
    ETag: etag,
    "X-Content-Type-Options": "nosniff",
  };
  if (request.headers["if-none-match"] === etag) {
    response.writeHead(304, headers).end();
    return;
  }
  const bytes = await readFile(file);
  const body = transform ? transform(bytes) : bytes;
  response.writeHead(200, { ...headers, "Content-Type": contentTypeFor(file), "Content-Length": body.length });
  response.end(request.method === "HEAD" ? undefined : body);
}

function notFound(response: ServerResponse) {
  response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
}

/** The file `path` names under `root`, or null when it would leave `root`. */
function insideRoot(root: string, path: string): string | null {
  if (path.includes("\0")) return null;
  const base = resolve(root);
  const file = resolve(base, `.${path}`);
  return file.startsWith(base + sep) ? file : null;
}

async function fileInfo(file: string): Promise<{ size: number; mtimeMs: number } | undefined> {
  try {
    const info = await stat(file);
    return info.isFile() ? info : undefined;
  } catch {
    return undefined;
  }
}
