/*
 * An add-in page in jsdom running Microsoft's real Office.js, with the simulated Outlook on the web on the other
 * side of its postMessage channel. Office.js's licence allows using it to design, develop and test apps that
 * work with Microsoft 365; it is read from node_modules (@microsoft/office-js, pinned) through a request
 * interceptor that answers the CDN's URLs, and is never copied, modified or redistributed.
 *
 * jsdom differs from a browser in three ways the harness makes up for: it has no `document.domain` (Office.js
 * trusts a host on the add-in's own host name through it), a top-level page is its own `parent` (here the
 * parent is the simulated host), and its `postMessage` sets no `origin` (answers arrive as message events from
 * the host's origin, as a browser would deliver them).
 */
import { readFileSync } from "node:fs";

import { JSDOM, VirtualConsole, requestInterceptor, type DOMWindow } from "jsdom";

import type { OutlookHost } from "../../src/simulator/host/outlookHost.ts";
import { OFFICE_JS_URL, resolveOfficeJsRequest } from "../../src/simulator/officeJsHost/officeJsFiles.ts";
import { createXdmHost, type XdmHost } from "../../src/simulator/officeJsHost/xdmHost.ts";

export const ADDIN_ORIGIN = "https://localhost:3000";
/** Outlook's page: the add-in's host name over https, so Office.js trusts it the intended way. */
export const HOST_ORIGIN = "https://localhost:4000";

export interface RealOfficeFrameOptions {
  readonly host: OutlookHost;
  /**
   * Outlook's origin as the frame's channel names it and as answers arrive from it.
   * @default HOST_ORIGIN
   */
  readonly hostOrigin?: string;
  /** Scripts the page loads after office.js, as `<script src>` on the add-in's origin. */
  readonly scripts?: readonly { readonly path: string; readonly code: string }[];
  /**
   * Whether the page calls `Office.onReady()` (Office.js 1.1.110 finishes loading only then) and the harness
   * waits for it.
   * @default true
   */
  readonly callOnReady?: boolean;
}

export interface RealOfficeFrame {
  readonly window: DOMWindow;
  /** The page's `Office`, Microsoft's. */
  readonly office: typeof Office;
  readonly xdm: XdmHost;
  /** The action names of the messages the page posted to Outlook, in order. */
  readonly messagesToHost: readonly string[];
  /** Uncaught errors in the page and Office.js's console errors. */
  readonly errors: readonly string[];
  close(): void;
}

let frames = 0;

/** Loads an add-in page with real Office.js and resolves once Office.js is ready (see `callOnReady`). */
export async function openRealOfficeFrame(options: RealOfficeFrameOptions): Promise<RealOfficeFrame> {
  frames += 1;
  const { host } = options;
  const callOnReady = options.callOnReady ?? true;
  const scripts = options.scripts ?? [];
  const hostOrigin = options.hostOrigin ?? HOST_ORIGIN;
  const errors: string[] = [];
  const messagesToHost: string[] = [];
  let page: DOMWindow | undefined;

  const xdm = createXdmHost({
    host,
    appId: `addin-${frames}`,
    addinOrigin: ADDIN_ORIGIN,
    hostOrigin,
    postToAddin: (json) =>
      setTimeout(() => page?.dispatchEvent(new page.MessageEvent("message", { data: json, origin: hostOrigin }))),
  });

  const interceptor = requestInterceptor((request) => {
    const officeFile = resolveOfficeJsRequest(request.url);
    if (officeFile) return fileResponse(officeFile.path, officeFile.contentType);
    const script = scripts.find((entry) => `${ADDIN_ORIGIN}/${entry.path}` === request.url);
    if (script) return new Response(script.code, { headers: { "content-type": "text/javascript" } });
    return new Response("", { status: 404 });
  });

  const virtualConsole = new VirtualConsole();
  virtualConsole.on("jsdomError", (error) => errors.push(error.message));
  virtualConsole.on("error", (...args) => errors.push(args.map(String).join(" ")));

  const scriptTags = scripts.map((entry) => `<script src="${ADDIN_ORIGIN}/${entry.path}"></script>`).join("");
  const readyTag = callOnReady ? "<script>window.officeReady = Office.onReady();</script>" : "";
  const html = `<!doctype html><html><head><meta charset="utf-8"><script src="${OFFICE_JS_URL}"></script>${scriptTags}</head><body>${readyTag}</body></html>`;

  const dom = new JSDOM(html, {
    url: `${ADDIN_ORIGIN}/addin.html`,
    runScripts: "dangerously",
    resources: { interceptors: [interceptor] },
    virtualConsole,
    beforeParse(window) {
      page = window;
      Object.defineProperty(window.Document.prototype, "domain", {
        get: () => window.location.hostname,
        configurable: true,
      });
      window.name = xdm.channel.windowName;
      // The parent is Outlook's page: what Office.js posts to it goes to the simulated host, if addressed to it.
      Object.defineProperty(window, "parent", {
        value: {
          postMessage: (message: unknown, targetOrigin: string) => {
            if (targetOrigin !== hostOrigin) return;
            messagesToHost.push(String((JSON.parse(String(message)) as { _actionName?: unknown })._actionName));
            setTimeout(() => xdm.receive(message));
          },
        },
        configurable: true,
      });
    },
  });

  const frame: RealOfficeFrame = {
    window: dom.window,
    get office() {
      return (dom.window as unknown as { Office: typeof Office }).Office;
    },
    xdm,
    messagesToHost,
    errors,
    close() {
      xdm.close();
      dom.window.close();
    },
  };
  if (callOnReady) await whenReady(dom.window);
  return frame;
}

function fileResponse(path: string, contentType: string): Response {
  try {
    return new Response(readFileSync(path), { headers: { "content-type": contentType } });
  } catch {
    return new Response("", { status: 404 });
  }
}

/** Waits for the page's `Office.onReady()` promise, which exists once the page's inline script ran. */
async function whenReady(window: DOMWindow): Promise<void> {
  const deadline = Date.now() + 10_000;
  const page = window as unknown as { officeReady?: PromiseLike<unknown> };
  while (!page.officeReady) {
    if (Date.now() > deadline) throw new Error("The page never called Office.onReady().");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error("Office.onReady() never resolved.")), 10_000);
  });
  try {
    await Promise.race([page.officeReady, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
