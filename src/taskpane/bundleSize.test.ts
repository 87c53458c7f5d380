import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

import providers from "email-providers/all.json";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { packDomains } from "../engine/packedDomains.ts";

/** The task pane's own JavaScript budget, every chunk but the domain data, gzip-compressed as a server sends it. */
const BUDGET_BYTES = 150 * 1024;
/** The domain data chunk (Public Suffix List, provider and relay lists), loaded in parallel. */
const DOMAIN_DATA_BUDGET_BYTES = 80 * 1024;
const isDomainData = (name: string): boolean => name.startsWith("domain-data-");

const outDir = mkdtempSync(join(tmpdir(), "bcc-guard-pane-"));
let page = "";
let scripts: { name: string; gzipBytes: number }[] = [];

beforeAll(async () => {
  // Vitest sets NODE_ENV=test, and Vite would then bundle React's development build: measure what users get.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({
      configFile: resolve(import.meta.dirname, "../../vite.config.ts"),
      build: { outDir, emptyOutDir: true },
      logLevel: "silent",
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  page = readFileSync(join(outDir, "taskpane.html"), "utf8");
  scripts = readdirSync(join(outDir, "assets"))
    .filter((name) => name.endsWith(".js"))
    .map((name) => ({ name, gzipBytes: gzipSync(readFileSync(join(outDir, "assets", name)), { level: 9 }).length }));
});

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe("the built task pane", () => {
  it(`ships at most ${BUDGET_BYTES / 1024} KB of its own JavaScript (gzip)`, () => {
    const own = scripts.filter((script) => !isDomainData(script.name));
    expect(own.length).toBeGreaterThan(0);
    expect(own.reduce((sum, script) => sum + script.gzipBytes, 0)).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it(`keeps the domain lists in one content-hashed chunk of at most ${DOMAIN_DATA_BUDGET_BYTES / 1024} KB gzip, preloaded in parallel`, () => {
    const data = scripts.filter((script) => isDomainData(script.name));
    expect(data.map((script) => script.name)).toEqual([expect.stringMatching(/^domain-data-[\w-]{8,}\.js$/)]);
    expect(data[0]?.gzipBytes).toBeLessThanOrEqual(DOMAIN_DATA_BUDGET_BYTES);
    const chunk = readFileSync(join(outDir, "assets", data[0]?.name ?? ""), "utf8");
    expect(chunk.includes(packDomains(providers)), "the packed provider list").toBe(true);
    for (const marker of ["privaterelay.appleid.com", "kawasaki"]) expect(chunk).toContain(marker);
    expect(page).toContain(`<link rel="modulepreload" crossorigin href="./assets/${data[0]?.name ?? ""}">`);
  });

  it("loads Office.js from Microsoft's CDN before its own module, with no inline script", () => {
    const tags = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(tags.map((tag) => /src="([^"]+)"/.exec(tag[1] ?? "")?.[1])).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      expect.stringMatching(/^\.\/assets\/taskpane-[\w-]+\.js$/),
    ]);
    expect(tags.every((tag) => (tag[2] ?? "").trim() === "")).toBe(true);
  });

  it("declares a Content Security Policy that allows only its own scripts and Office.js", () => {
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(page)?.[1] ?? "";
    const directives = Object.fromEntries(
      policy.split(";").map((directive) => {
        const [name = "", ...values] = directive.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives["script-src"]).toEqual([
      "'self'",
      "https://appsforoffice.microsoft.com",
      "https://ajax.aspnetcdn.com",
    ]);
    expect(directives["style-src"]).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives["img-src"]).toEqual(["'self'", "data:"]);
    expect(directives["connect-src"]).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(directives["base-uri"]).toEqual(["'none'"]);
    expect(directives["default-src"]).toEqual(["'none'"]);
  });
});
