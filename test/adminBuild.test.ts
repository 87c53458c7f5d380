import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { OfficeAddinManifest } from "office-addin-manifest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DEFAULT_POLICY } from "../src/engine/defaultPolicy.ts";
import type { Policy } from "../src/engine/policy.ts";
import { parsePolicy } from "../src/engine/policySchema.ts";

import {
  BUILD_RECORD,
  BuildError,
  buildAddin,
  checkBaseUrl,
  compareVersions,
  productionManifest,
} from "../scripts/buildAddin.ts";
import type { BuildOptions } from "../scripts/buildAddin.ts";
import { lintManifest } from "../scripts/manifestLint.ts";

const BASE = "https://addins.contoso.com/bcc-guard/";
const root = mkdtempSync(join(tmpdir(), "bcc-guard-admin-build-"));
const dir = (name: string) => join(root, name);

function healthcare(): Policy {
  const raw = JSON.parse(readFileSync(new URL("../policy/examples/healthcare.json", import.meta.url), "utf8"));
  const result = parsePolicy(raw);
  if (!result.ok) throw new Error("the healthcare example is invalid");
  return result.policy;
}

const base: BuildOptions = { policy: DEFAULT_POLICY, baseUrl: BASE, version: "1.0.0.0", outDir: "" };
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("the build succeeded");
    },
    (error: unknown) => error as BuildError,
  );
let manifestA = "";

beforeAll(async () => {
  await buildAddin({ ...base, outDir: dir("a") });
  manifestA = readFileSync(join(dir("a"), "manifest.xml"), "utf8");
}, 240_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe("a policy change never changes the manifest", () => {
  it("gives the same manifest bytes for another policy, same version and base URL, and says so", async () => {
    const report = await buildAddin({ ...base, policy: healthcare(), outDir: dir("b"), previousManifest: manifestA });
    expect(readFileSync(join(dir("b"), "manifest.xml"), "utf8")).toBe(manifestA);
    expect(report.manifestChanged).toBe(false);
    // The policy did change what is hosted: it lives in the scripts.
    expect(readFileSync(join(dir("b"), "events.js"), "utf8")).not.toBe(
      readFileSync(join(dir("a"), "events.js"), "utf8"),
    );
    expect(manifestA).not.toMatch(/Riverside|diagnosis|HIV/);
  }, 240_000);

  it("refuses a changed manifest (here the send mode) whose version is not higher than the previous one", async () => {
    const error = await failure(
      buildAddin({ ...base, sendMode: "block", outDir: dir("c"), previousManifest: manifestA }),
    );
    expect(error).toBeInstanceOf(BuildError);
    expect(error.lines[0]).toMatch(
      /manifest changed but its version 1\.0\.0\.0 is not higher than the previous 1\.0\.0\.0/,
    );
    expect(existsSync(dir("c"))).toBe(false);
  }, 240_000);

  it("compares versions number by number", () => {
    expect(compareVersions("1.0.10.0", "1.0.9.0")).toBeGreaterThan(0);
    expect(compareVersions("1.1", "1.1.0.0")).toBe(0);
    expect(compareVersions("1.0.0.0", "1.0.0.1")).toBeLessThan(0);
  });
});

describe("an organisation's own copy (--id, --name) through office-addin-manifest", () => {
  it("sets the id and the display name in every language, passes the lint, and is a changed manifest", async () => {
    const id = "3b0c6c1e-2a4f-4d0e-9a57-6f1d2c3b4a59";
    const report = await buildAddin({
      ...base,
      version: "1.0.0.1",
      sendMode: "prompt-user",
      id,
      name: "Contoso Bcc Check",
      outDir: dir("d"),
      previousManifest: manifestA,
    });
    const path = join(dir("d"), "manifest.xml");
    const info = await OfficeAddinManifest.readManifestFile(path);
    expect(info).toMatchObject({ id, displayName: "Contoso Bcc Check", version: "1.0.0.1" });
    expect(report.manifest).toEqual({ id, displayName: "Contoso Bcc Check", version: "1.0.0.1" });
    expect(report.manifestChanged).toBe(true);
    const xml = readFileSync(path, "utf8");
    for (const locale of ["fr-FR", "de-DE", "es-ES", "ja-JP"])
      expect(xml).toContain(`<Override Locale="${locale}" Value="Contoso Bcc Check"/>`);
    expect(xml).toContain('SendMode="PromptUser"');
    expect(lintManifest(xml).problems).toEqual([]);
  }, 240_000);

  it("fails the build when the manifest fails the lint (a display name over 125 characters)", async () => {
    const error = await failure(buildAddin({ ...base, name: "x".repeat(126), outDir: dir("e") }));
    expect(error.lines).toContain("the manifest fails the lint: DisplayName is longer than 125 characters");
    expect(existsSync(dir("e"))).toBe(false);
  }, 240_000);
});

describe("integrity and inventory", () => {
  it("writes SHA256SUMS for every hosted file, and not for the manifest, the SBOM or the record", () => {
    const sums = readFileSync(join(dir("a"), "SHA256SUMS"), "utf8")
      .trim()
      .split("\n");
    const listed = sums.map((line) => line.split("  ")[1]);
    expect(listed).toEqual(expect.arrayContaining(["events.js", "events.html", "taskpane.html", "support.html"]));
    expect(listed.some((file) => /^assets\/taskpane-.*\.js$/.test(file ?? ""))).toBe(true);
    expect(listed).not.toContain("manifest.xml");
    expect(listed).not.toContain("sbom.cdx.json");
    for (const line of sums) {
      const [hash, file = ""] = line.split("  ");
      expect(
        createHash("sha256")
          .update(readFileSync(join(dir("a"), file)))
          .digest("hex"),
      ).toBe(hash);
    }
  });

  it("writes a CycloneDX SBOM of the packages in the bundles, and only those", () => {
    const sbom = JSON.parse(readFileSync(join(dir("a"), "sbom.cdx.json"), "utf8")) as {
      bomFormat: string;
      metadata: { component: { name: string } };
      components: { name: string; version: string; purl: string }[];
    };
    expect(sbom.bomFormat).toBe("CycloneDX");
    expect(sbom.metadata.component.name).toBe("bcc-guard");
    const names = sbom.components.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(["react", "react-dom", "punycode", "@fluentui/react-button"]));
    // Build and test tools, and CLI-only packages, are not in what users download.
    for (const absent of ["vite", "vitest", "commander", "zod", "typescript", "office-addin-manifest"])
      expect(names).not.toContain(absent);
  });
});

describe("--out never deletes a file the build did not write", () => {
  it("refuses a non-empty folder that is not an earlier build, and leaves it as it was", async () => {
    const out = dir("not-a-build");
    mkdirSync(out);
    writeFileSync(join(out, "budget.xlsx"), "keep me");
    const error = await failure(buildAddin({ ...base, outDir: out, eventsOnly: true }));
    expect(error.lines[0]).toMatch(/is not empty and is not an earlier BCC Guard build/);
    expect(readdirSync(out)).toEqual(["budget.xlsx"]);
  });

  it("over an earlier build, replaces what that build wrote and keeps everything else", async () => {
    const out = dir("rebuilt");
    await buildAddin({ ...base, outDir: out, eventsOnly: true });
    const record = JSON.parse(readFileSync(join(out, BUILD_RECORD), "utf8")) as { files: string[] };
    expect(record.files).toEqual(["events.js"]);
    // Pretend the earlier build also wrote an old script, and the admin keeps notes beside the files.
    writeFileSync(join(out, "old-taskpane.js"), "");
    writeFileSync(join(out, BUILD_RECORD), JSON.stringify({ files: ["events.js", "old-taskpane.js"] }));
    writeFileSync(join(out, "notes.txt"), "mine");
    await buildAddin({ ...base, outDir: out, eventsOnly: true });
    expect(readdirSync(out).sort()).toEqual([BUILD_RECORD, "events.js", "notes.txt"]);
  }, 120_000);

  it("refuses a record that names a file outside the folder", async () => {
    const out = dir("tampered");
    mkdirSync(out);
    writeFileSync(join(root, "outside.txt"), "");
    writeFileSync(join(out, BUILD_RECORD), JSON.stringify({ files: ["../outside.txt"] }));
    const error = await failure(buildAddin({ ...base, outDir: out, eventsOnly: true }));
    expect(error.lines[0]).toMatch(/is damaged/);
    expect(existsSync(join(root, "outside.txt"))).toBe(true);
  });
});

describe("the events.js budget", () => {
  it("refuses 200,000 internal domains (events.js would be some 500 KB gzip)", async () => {
    const internalDomains = Array.from({ length: 200_000 }, (_, i) => `branch${i}.contoso.com`);
    const error = await failure(
      buildAddin({ ...base, policy: { ...DEFAULT_POLICY, internalDomains }, outDir: dir("huge"), eventsOnly: true }),
    );
    expect(error.lines[0]).toMatch(/^events\.js is \d+\.\d KB gzip, over its budget of 160\.0 KB/);
    expect(existsSync(dir("huge"))).toBe(false);
  }, 240_000);

  it("fails the build naming the size and the budget, writing nothing", async () => {
    const error = await failure(
      buildAddin({ ...base, outDir: dir("over-budget"), eventsOnly: true, eventsBudgetGzipBytes: 4096 }),
    );
    expect(error.lines[0]).toMatch(/^events\.js is \d+\.\d KB gzip, over its budget of 4\.0 KB/);
    expect(existsSync(dir("over-budget"))).toBe(false);
    expect(readdirSync(root).filter((name) => name.includes(".building-"))).toEqual([]);
  }, 120_000);
});

describe("the base URL", () => {
  it.each([
    ["https://admin:s3cret@addins.contoso.com/", /user name or password/],
    ["https://addins.contoso.com/?v=2", /query or a fragment/],
    ["https://addins.contoso.com/#top", /query or a fragment/],
    ["https://addins.contoso.com/?", /query or a fragment/],
    ["http://addins.contoso.com/", /https/],
    ["http://localhost:3000/", /https/],
    ["addins.contoso.com", /is not a URL/],
  ])("refuses %s", (url, problem) => {
    const result = checkBaseUrl(url);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(problem);
  });

  it("is XML-escaped in the manifest: a & in the path gives well-formed XML with the right URL", () => {
    const checked = checkBaseUrl("https://a.example/a&b");
    expect(checked).toEqual({ ok: true, url: "https://a.example/a&b/" });
    const xml = productionManifest("https://a.example/a&b/", "1.0.0.0");
    expect(lintManifest(xml).problems).toEqual([]);
    expect(xml).toContain('DefaultValue="https://a.example/a&#38;b/events.js"');
  });
});
