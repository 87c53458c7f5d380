import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { nestingDepth, readJsonDocument, readJsonFile } from "./readJsonFile.ts";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "bcc-guard-json-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("readJsonFile", () => {
  it("reads a file saved with a byte-order mark, as Windows editors do", async () => {
    const file = join(dir, "bom.json");
    await writeFile(file, '\uFEFF{ "organization": "Contoso" }');
    expect(await readJsonFile(file)).toEqual({ organization: "Contoso" });
  });

  it("reports invalid JSON on one line with the line and column of the mistake", async () => {
    const file = join(dir, "comma.json");
    await writeFile(file, '{\n  "a": 1,\n  "b" 2\n}');
    const error = await readJsonFile(file).catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      exitCode: 2,
      lines: [expect.stringMatching(/is not valid JSON: .*line 3,? column 7\)$/)],
    });
  });

  it("finds every key written twice, at its JSON path and in file order, in objects at any depth", async () => {
    const file = join(dir, "twice.json");
    await writeFile(file, '{ "to": [{ "emailAddress": "a@b.com", "emailAddress": "c@d.com" }], "to": [], "to": [] }');
    const { duplicates } = await readJsonDocument(file);
    expect(duplicates.map((d) => d.path)).toEqual(["to[0].emailAddress", "to", "to"]);
    expect(duplicates[1]?.message).toMatch(/^duplicate key \(first on line 1\)/);
    await expect(readJsonFile(file)).rejects.toMatchObject({
      exitCode: 2,
      lines: [
        expect.stringMatching(/twice\.json: to\[0\]\.emailAddress: duplicate key/),
        expect.any(String),
        expect.any(String),
      ],
    });
  });

  it("does not count brackets inside strings as nesting", () => {
    expect(nestingDepth('{ "a": ["[[[{{{", { "b": "\\"]]" }] }')).toBe(3);
  });
});
