import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";

import type { Command } from "commander";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DEFAULT_POLICY } from "../../src/engine/index.ts";
import { createProgram } from "../../src/cli/main.ts";

import { createBuildProgram } from "../../scripts/build.ts";
import { buildAddin } from "../../scripts/buildAddin.ts";
import { policyReferenceSection, withPolicyReference } from "../../scripts/writeAdminPolicyReference.ts";

// docs/ADMIN.md is followed step by step by an admin on their own: every command, file and option it names must exist.

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const ADMIN = readFileSync(join(REPO, "docs/ADMIN.md"), "utf8");
const PACKAGE = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { scripts: Record<string, string> };

/** Every `bcc-guard` command line, as "policy check", "evaluate", … */
function cliCommands(): Set<string> {
  const names = (command: Command, prefix: string): string[] =>
    command.commands.flatMap((sub) => {
      const name = `${prefix}${sub.name()}`;
      return sub.commands.length > 0 ? names(sub, `${name} `) : [name];
    });
  return new Set(names(createProgram({ stdout: () => undefined, stderr: () => undefined }), ""));
}

/** The body rows of the table with these column headers, as arrays of cells. */
function tableRows(...headers: string[]): string[][] {
  const cells = (line: string) =>
    line
      .split("|")
      .slice(1, -1)
      .map((cell) => cell.trim());
  const lines = ADMIN.split("\n");
  const start = lines.findIndex((line) => line.startsWith("|") && cells(line).join("|") === headers.join("|"));
  expect(start, `a table headed ${headers.join(" | ")}`).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith("|")) break;
    rows.push(cells(line));
  }
  return rows;
}

let outDir = "";
let built: string[] = [];
let hosted: string[] = [];

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), "bcc-guard-admin-docs-"));
  const report = await buildAddin({
    policy: DEFAULT_POLICY,
    baseUrl: "https://addins.contoso.com/bcc-guard/",
    version: "1.0.0.0",
    outDir,
  });
  built = report.files.map((file) => file.path);
  hosted = report.hosted;
}, 180_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe("docs/ADMIN.md", () => {
  it("has its Policy reference section up to date (regenerate with npx tsx scripts/writeAdminPolicyReference.ts)", async () => {
    const committed = policyReferenceSection(ADMIN);
    expect(committed, "the policy-reference markers").not.toBeNull();
    expect(committed).toBe(policyReferenceSection(await withPolicyReference(ADMIN)));
  });

  it("names only npm scripts that package.json defines", () => {
    const named = [...ADMIN.matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1] ?? "");
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((name) => !(name in PACKAGE.scripts))).toEqual([]);
  });

  it("names only bcc-guard commands that exist", () => {
    const commands = cliCommands();
    const named = [...ADMIN.matchAll(/bcc-guard ((?:policy )?[a-z][a-z-]*)/g)].map((match) => match[1] ?? "");
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((name) => !commands.has(name))).toEqual([]);
  });

  it("names only repository files that exist", () => {
    const paths = [...ADMIN.matchAll(/`((?:policy|scripts|test|src|docs|bench)\/[\w./-]+\.\w+)`/g)].map(
      (m) => m[1] ?? "",
    );
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((path) => !existsSync(join(REPO, path)))).toEqual([]);
  });

  it("names only build settings that the build reads", () => {
    const program = createBuildProgram();
    // Commander answers --help itself; it is not among the program's options.
    const options = new Set([...program.options.map((option) => option.long), "--help"]);
    const variables = new Set(program.options.map((option) => option.envVar));
    const named = [...ADMIN.matchAll(/npm run build -- ([^\n`]+)/g)].flatMap(
      (m) => (m[1] ?? "").match(/--[\w-]+/g) ?? [],
    );
    const described = [...ADMIN.matchAll(/^- `(--[\w-]+)`/gm)].map((m) => m[1] ?? "");
    expect(named.length + described.length).toBeGreaterThan(0);
    expect([...named, ...described].filter((option) => !options.has(option))).toEqual([]);
    const envNamed = ADMIN.match(/BCC_GUARD_\w+/g) ?? [];
    expect(envNamed.length).toBeGreaterThan(0);
    expect(envNamed.filter((name) => !variables.has(name))).toEqual([]);
  });

  it("lists every file the build writes, and no file it does not", () => {
    const glob = (pattern: string) => new RegExp(`^${pattern.replace(/\./g, "\\.").replace(/\*/g, "[^/]+")}$`);
    const matchers = tableRows("File", "What it is").flatMap(([cell = ""]) => {
      // "`assets/icon-16.png` … `assets/icon-128.png`" stands for the sizes in between.
      const range = /`([^`]*?)(\d+)(\.\w+)` … `\1(\d+)\3`/.exec(cell);
      if (range) {
        const [, prefix = "", low = "0", ext = "", high = "0"] = range;
        const inRange = (file: string) => {
          const size = new RegExp(`^${prefix}(\\d+)\\${ext}$`).exec(file)?.[1];
          return size !== undefined && Number(size) >= Number(low) && Number(size) <= Number(high);
        };
        return [{ pattern: cell, test: inRange }];
      }
      return [...cell.matchAll(/`([^`]+)`/g)].map((m) => {
        const regex = glob(m[1] ?? "");
        return { pattern: m[1] ?? "", test: (file: string) => regex.test(file) };
      });
    });
    expect(built.filter((file) => !matchers.some((m) => m.test(file)))).toEqual([]);
    expect(matchers.filter((m) => !built.some((file) => m.test(file))).map((m) => m.pattern)).toEqual([]);
  });

  it("gives a content type for every kind of file to host", () => {
    const extensions = new Set(tableRows("Extension", "Content type").map(([cell]) => (cell ?? "").replace(/`/g, "")));
    expect(hosted.length).toBeGreaterThan(0);
    expect([...new Set(hosted.map((file) => extname(file)))].filter((ext) => !extensions.has(ext))).toEqual([]);
  });
});
