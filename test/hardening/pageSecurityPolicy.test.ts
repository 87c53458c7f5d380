import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { JSDOM } from "jsdom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DEFAULT_POLICY } from "../../src/engine/index.ts";

import { buildAddin } from "../../scripts/buildAddin.ts";

// The pages Outlook loads from the admin's host, as built. Their Content Security Policy is what stops an injected
// script (or a compromised dependency) from running or from sending recipient data anywhere.

const TASKPANE_SOURCE = fileURLToPath(new URL("../../src/taskpane/taskpane.html", import.meta.url));
const paneExists = existsSync(TASKPANE_SOURCE);
/** Microsoft's CDNs for Office.js (and the script library it pulls in): the only scripts not served by the add-in. */
const OFFICE_CDN = ["https://appsforoffice.microsoft.com", "https://ajax.aspnetcdn.com"];

let outDir = "";

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), "bcc-guard-pages-"));
  await buildAddin({
    policy: DEFAULT_POLICY,
    baseUrl: "https://addins.contoso.com/bcc-guard/",
    version: "1.0.0.0",
    outDir,
  });
}, 180_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

function page(name: string): Document {
  return new JSDOM(readFileSync(join(outDir, name), "utf8")).window.document;
}

/** The policy of the page's `<meta http-equiv="Content-Security-Policy">`, as directive → sources. */
function securityPolicy(document: Document): Map<string, string[]> {
  const metas = [...document.querySelectorAll("meta[http-equiv]")].filter(
    (meta) => meta.getAttribute("http-equiv")?.toLowerCase() === "content-security-policy",
  );
  expect(metas, "exactly one Content-Security-Policy meta").toHaveLength(1);
  const policy = new Map<string, string[]>();
  for (const directive of (metas[0]?.getAttribute("content") ?? "").split(";")) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** Sources a directive falls back to when it is not given (CSP Level 3: most fall back to default-src). */
function sourcesFor(policy: Map<string, string[]>, directive: string): string[] {
  return policy.get(directive) ?? policy.get("default-src") ?? ["*"];
}

const isOfficeCdn = (source: string) =>
  OFFICE_CDN.some((origin) => source === origin || source.startsWith(`${origin}/`));

/** Pages that run scripts: the task pane (once it exists) and the event runtime page. */
const SCRIPTED = paneExists ? ["taskpane.html", "events.html"] : ["events.html"];

describe("the shipped pages' Content Security Policy", () => {
  if (!paneExists)
    it.skip("taskpane.html: not checked, because src/taskpane/taskpane.html does not exist yet", () => {});

  it.for(SCRIPTED)("%s blocks everything by default and runs scripts only from itself and Office's CDN", (name) => {
    const policy = securityPolicy(page(name));
    expect(policy.get("default-src")).toEqual(["'none'"]);
    const scripts = sourcesFor(policy, "script-src");
    expect(scripts.filter((source) => source !== "'self'" && !isOfficeCdn(source))).toEqual([]);
    expect(scripts.join(" ")).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*|data:|blob:|http:/);
    expect(sourcesFor(policy, "object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri") ?? ["(missing)"]).toEqual(["'none'"]);
  });

  it.for(SCRIPTED)("%s can send data only to itself and Office's CDN", (name) => {
    const policy = securityPolicy(page(name));
    // form-action is the one directive here that does not fall back to default-src.
    const sources = (directive: string) =>
      directive === "form-action" ? (policy.get(directive) ?? ["*"]) : sourcesFor(policy, directive);
    for (const directive of ["connect-src", "form-action", "frame-src", "img-src", "font-src"]) {
      const elsewhere = sources(directive).filter(
        (source) => !["'self'", "'none'", "data:"].includes(source) && !isOfficeCdn(source),
      );
      expect(elsewhere, directive).toEqual([]);
    }
  });

  it.for(SCRIPTED)(
    "%s has no inline script: every script is a file, the policy comes before it, and no element has an on* handler",
    (name) => {
      const document = page(name);
      const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
      const scripts = [...document.querySelectorAll("script")];
      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) {
        const src = script.getAttribute("src");
        expect(src, `inline script: ${script.textContent?.slice(0, 80)}`).toBeTruthy();
        expect(script.textContent?.trim()).toBe("");
        if (src && !isOfficeCdn(src)) {
          expect(src).not.toMatch(/^[a-z]+:|^\/\//i);
          expect(existsSync(join(outDir, src)), `${src} is missing from the build`).toBe(true);
        }
        // A policy in a meta element governs only what comes after it.
        expect(meta && meta.compareDocumentPosition(script) & 4, "the policy comes after a script").toBeTruthy();
      }
      expect(inlineHandlers(document)).toEqual([]);
    },
  );

  it("support.html runs no script at all", () => {
    const document = page("support.html");
    expect(sourcesFor(securityPolicy(document), "script-src")).toEqual(["'none'"]);
    expect(document.querySelectorAll("script")).toHaveLength(0);
    expect(inlineHandlers(document)).toEqual([]);
  });
});

/** Attributes such as onclick or onerror, and javascript: URLs: script that no file-based policy can see. */
function inlineHandlers(document: Document): string[] {
  return [...document.querySelectorAll("*")].flatMap((element) =>
    [...element.attributes]
      .filter((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value))
      .map((a) => `<${element.tagName.toLowerCase()} ${a.name}>`),
  );
}
