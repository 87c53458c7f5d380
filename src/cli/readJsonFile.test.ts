import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { readJsonFile } from "./readJsonFile.ts";

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
});
