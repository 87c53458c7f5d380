import { existsSync, readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import {
  MS_AJAX_STAND_IN_FILE,
  MS_AJAX_URL,
  OFFICE_JS_DIST_DIR,
  OFFICE_JS_URL,
  resolveOfficeJsPath,
  resolveOfficeJsRequest,
} from "./officeJsFiles.ts";

describe("resolveOfficeJsRequest", () => {
  it.each([
    [OFFICE_JS_URL, "office.js"],
    ["https://appsforoffice.microsoft.com/lib/1/hosted/outlook-web-16.01.js", "outlook-web-16.01.js"],
    ["https://appsforoffice.microsoft.com/lib/1/hosted/en-us/outlook_strings.js?v=1", "en-us/outlook_strings.js"],
    ["https://appsforoffice.microsoft.com/lib/1/hosted/telemetry/oteljs_agave.js", "telemetry/oteljs_agave.js"],
  ])("answers %s with the package's own %s", (url, file) => {
    const resolved = resolveOfficeJsRequest(url);
    expect(resolved?.path).toBe(`${OFFICE_JS_DIST_DIR}/${file}`);
    expect(resolved?.contentType).toMatch(/^text\/javascript/);
    expect(existsSync(resolved?.path ?? "")).toBe(true);
  });

  it("answers MicrosoftAjax.js with our stand-in, which is none of Microsoft's code", () => {
    expect(resolveOfficeJsRequest(MS_AJAX_URL)?.path).toBe(MS_AJAX_STAND_IN_FILE);
    expect(readFileSync(MS_AJAX_STAND_IN_FILE, "utf8")).toMatch(/BCC Guard's own stand-in/);
  });

  it.each([
    "https://appsforoffice.microsoft.com/lib/1/hosted/",
    "https://appsforoffice.microsoft.com/lib/1/hosted/%2e%2e/%2e%2e/package.json",
    "https://appsforoffice.microsoft.com/lib/1/hosted/..%2f..%2fLICENSE.md",
    "https://appsforoffice.microsoft.com/lib/2/hosted/office.js",
    "https://localhost:3000/office.js",
    "not a url",
  ])("answers nothing for %s", (url) => {
    expect(resolveOfficeJsRequest(url)).toBeUndefined();
  });

  it("never leaves dist/ for a mounted path", () => {
    expect(resolveOfficeJsPath("../package.json")).toBeUndefined();
    expect(resolveOfficeJsPath("/etc/passwd")).toBeUndefined();
    expect(resolveOfficeJsPath("office.debug.js")?.path).toBe(`${OFFICE_JS_DIST_DIR}/office.debug.js`);
  });
});
