/*
 * Where a server finds Microsoft's Office.js for the simulator. Office.js's licence allows using it to design,
 * develop and test apps that work with Microsoft 365: the simulator loads it from node_modules
 * (@microsoft/office-js, pinned) and answers the CDN's URLs with those files; it is never copied into the
 * repository or dist/, never modified, never redistributed. Node only.
 */
import { createRequire } from "node:module";
import { dirname, extname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** The folder the add-in pages load Office.js from; Office.js loads its other files relative to it. */
export const OFFICE_JS_CDN_BASE = "https://appsforoffice.microsoft.com/lib/1/hosted/";

/** The script the add-in pages reference. */
export const OFFICE_JS_URL = `${OFFICE_JS_CDN_BASE}office.js`;

/** Where Office.js's Outlook part fetches ASP.NET AJAX when the page has not loaded it. */
export const MS_AJAX_URL = "https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js";

/** `dist/` of the installed @microsoft/office-js package. */
export const OFFICE_JS_DIST_DIR = join(
  dirname(createRequire(import.meta.url).resolve("@microsoft/office-js/package.json")),
  "dist",
);

/** Our own stand-in for MicrosoftAjax.js (see the file's header). */
export const MS_AJAX_STAND_IN_FILE = fileURLToPath(new URL("./msAjaxStandIn.js", import.meta.url));

export interface OfficeJsFile {
  /** Absolute path of the file to send. */
  readonly path: string;
  readonly contentType: string;
}

/**
 * The local file that answers a request for one of Microsoft's URLs (Office.js and everything it loads from
 * its CDN folder, or MicrosoftAjax.js), or undefined when the URL is not one of them. Query strings are
 * ignored; nothing outside the package's `dist/` is ever returned.
 */
export function resolveOfficeJsRequest(url: string | URL): OfficeJsFile | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const address = `${parsed.origin}${parsed.pathname}`;
  if (address === MS_AJAX_URL) return { path: MS_AJAX_STAND_IN_FILE, contentType: JAVASCRIPT };
  if (!address.startsWith(OFFICE_JS_CDN_BASE)) return undefined;
  return resolveOfficeJsPath(decodeURIComponent(address.slice(OFFICE_JS_CDN_BASE.length)));
}

/**
 * The file at `path` under the package's `dist/` (e.g. "office.js", "en-us/office_strings.js"), for a server that
 * mounts the folder under a path of its own. Undefined for a path that leaves `dist/`.
 */
export function resolveOfficeJsPath(path: string): OfficeJsFile | undefined {
  const file = resolve(OFFICE_JS_DIST_DIR, path);
  const inside = relative(OFFICE_JS_DIST_DIR, file);
  if (path === "" || inside === "" || inside.startsWith(`..${sep}`) || inside === "..") return undefined;
  return { path: file, contentType: CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream" };
}

const JAVASCRIPT = "text/javascript; charset=utf-8";

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".js": JAVASCRIPT,
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};
