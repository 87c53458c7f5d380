import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DEFAULT_POLICY } from "../src/engine/defaultPolicy.ts";
import { DOMAIN_LIST_VERSIONS } from "../src/engine/domainListVersions.ts";
import { evaluate } from "../src/engine/evaluate.ts";
import type { Message } from "../src/engine/message.ts";
import { planMoveToBcc } from "../src/engine/planMoveToBcc.ts";

// The real command, as an admin runs it over a folder of example messages.
const BIN = fileURLToPath(new URL("../bin/bcc-guard.js", import.meta.url));

const MESSAGES: Record<string, Message> = {
  "italy.json": {
    from: "shop@contoso.com",
    to: Array.from(
      { length: 60 },
      (_, i) => `cliente${i}@${["libero.it", "virgilio.it", "alice.it", "tiscali.it"][i % 4]}`,
    ),
  },
  "memo.json": { from: "anna@uk.contoso.com", to: ["bob@contoso.com", "carl@de.contoso.com"] },
  "group.json": {
    from: "clinic@contoso.com",
    subject: "Your test results",
    to: [{ emailAddress: "", displayName: "PrEP patients", recipientType: "distributionList" }],
  },
  "typo.json": { from: "agent@contoso.com", to: ["Name <broken", "ann@gmail.com", "bob@fabrikam.com"] },
};

let dir = "";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "bcc-guard-cli-files-"));
  for (const [name, content] of Object.entries(MESSAGES)) await writeFile(join(dir, name), JSON.stringify(content));
  await writeFile(join(dir, "broken.json"), '{ "to": [');
  await writeFile(
    join(dir, "policy.json"),
    JSON.stringify({ contactGroups: "warn", sensitive: { keywords: ["test result*"] } }),
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: dir }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

const lines = (text: string): unknown[] =>
  text
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as unknown);

describe("bcc-guard evaluate and plan with several message files", () => {
  it("evaluate prints one JSON line per file, in order, each naming its file", async () => {
    const result = await run("evaluate", "italy.json", "memo.json", "group.json");
    expect([result.code, result.stderr]).toEqual([0, ""]);
    expect(lines(result.stdout)).toEqual(
      ["italy.json", "memo.json", "group.json"].map((file) => ({
        file,
        ...evaluate(MESSAGES[file] ?? {}, DEFAULT_POLICY),
      })),
    );
    expect(lines(result.stdout).map((line) => (line as { action: string }).action)).toEqual(["block", "allow", "warn"]);
  });

  it("a bad file gets its error on stderr, naming it; the others are still printed; the exit code says bad input", async () => {
    const result = await run("evaluate", "memo.json", "broken.json", "italy.json");
    expect(result.code).toBe(2);
    expect(lines(result.stdout).map((line) => (line as { file: string }).file)).toEqual(["memo.json", "italy.json"]);
    expect(result.stderr).toMatch(/^bcc-guard: broken\.json is not valid JSON/m);
  });

  it("plan prints one line per file too, and moves everyone else past a typo", async () => {
    const result = await run("plan", "typo.json", "memo.json");
    expect(result.code).toBe(0);
    const [typo] = lines(result.stdout) as { file: string; moved: number; cannotMove: unknown[] }[];
    const expected = planMoveToBcc(MESSAGES["typo.json"] ?? {}, DEFAULT_POLICY);
    expect(typo).toEqual({
      file: "typo.json",
      to: expected.to,
      cc: expected.cc,
      bcc: expected.bcc,
      moved: 2,
      cannotMove: [{ emailAddress: "Name <broken", displayName: "" }],
    });
  });

  it("keeps the one-file output as it was: indented JSON, no file name", async () => {
    const result = await run("evaluate", "memo.json");
    expect(result.stdout).toBe(`${JSON.stringify(evaluate(MESSAGES["memo.json"] ?? {}, DEFAULT_POLICY), null, 2)}\n`);
  });

  it("blocks a contact group on a sensitive message under a policy with keywords", async () => {
    const result = await run("evaluate", "--policy", "policy.json", "group.json");
    const verdict = JSON.parse(result.stdout) as {
      action: string;
      reasons: string[];
      counts: { contactGroups: number };
    };
    expect([verdict.action, verdict.reasons[0], verdict.counts.contactGroups]).toEqual(["block", "contact-group", 1]);
  });
});

describe("bcc-guard lists", () => {
  it("prints the versions of the domain lists the add-in is built with", async () => {
    const result = await run("lists");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(DOMAIN_LIST_VERSIONS.publicSuffixList);
    expect(result.stdout).toContain(DOMAIN_LIST_VERSIONS.mailProviders);
    expect(result.stdout).toContain(DOMAIN_LIST_VERSIONS.relays);
  });
});
