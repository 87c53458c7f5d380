import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DEFAULT_POLICY } from "../src/engine/defaultPolicy.ts";
import { evaluate } from "../src/engine/evaluate.ts";
import type { Message } from "../src/engine/message.ts";
import { parsePolicy } from "../src/engine/policySchema.ts";

// These tests run the real command, as an admin would after `npm ci`: node, the launcher, tsx, the source. Each
// starts a process, so on a busy shared machine one can take far longer than the default 30 s.
const BIN = fileURLToPath(new URL("../bin/bcc-guard.js", import.meta.url));
const REPO = fileURLToPath(new URL("..", import.meta.url));

const WEBMAIL = ["gmail.com", "hotmail.co.uk", "orange.fr", "btinternet.com"];
const FIXTURES: Record<string, unknown> = {
  "contoso.json": {
    $schema: "./policy.schema.json",
    organization: "Contoso",
    internalDomains: ["contoso.com", "contoso.co.uk"],
    thresholds: { warnAt: 3, blockAt: 10 },
  },
  "broken-policy.json": { thresholds: { warnAt: 1 }, internalDomains: ["it@contoso.com"], mdoe: "enforce" },
  // Like the Orange incident: 300 customers in To, asking for feedback.
  "customers.json": {
    from: "feedback@contoso.com",
    subject: "How did we do?",
    to: Array.from({ length: 300 }, (_, i) => `customer${i}@${WEBMAIL[i % WEBMAIL.length]}`),
  },
  // A normal thread with two partner companies, recipients written as strings.
  "thread.json": {
    from: "Alice Martin <alice@contoso.com>",
    subject: "Re: delivery schedule",
    to: ["Bob Stone <bob@fabrikam.com>", "Carla Diaz <carla@northwind.com>"],
    cc: ["Dan Lee <dan@uk.contoso.com>", "erin@fabrikam.com"],
    bcc: [],
  },
  "move.json": {
    from: "Agent Smith <agent@contoso.com>",
    to: ["Ann Lee <ann@gmail.com>", { emailAddress: "bob@fabrikam.com" }],
    cc: ["Dan Lee <dan@contoso.com>", { emailAddress: "", displayName: "Sales team" }],
  },
  "bad-message.json": { from: "agent@contoso.com", to: ["a@fabrikam.com", "b@fabrikam.com", "c@fabrikam.com", 42] },
};

// Problems written in this order in the file, none of them where the schema lists it.
const OUT_OF_ORDER = `{
  "mdoe": "enforce",
  "thresholds": { "warnAt": 1 },
  "internalDomains": ["it@contoso.com"],
  "mode": "warn-only",
  "organization": "Contoso",
  "mode": "enforce"
}
`;

const NOT_JSON = '{\n  "to": ["a@b.com",]\n}\n';

let dir = "";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "bcc-guard-cli-"));
  for (const [name, content] of Object.entries(FIXTURES)) await writeFile(join(dir, name), JSON.stringify(content));
  await writeFile(join(dir, "not-json.json"), NOT_JSON);
  await writeFile(join(dir, "out-of-order.json"), OUT_OF_ORDER);
  await writeFile(join(dir, "latin1.json"), Buffer.from('{ "organization": "Soci\xe9t\xe9" }', "latin1"));
  await writeFile(join(dir, "bom.json"), '\uFEFF{ "organization": "Société" }');
  await writeFile(join(dir, "huge.json"), `{ "consumerDomains": [${'"a.example",'.repeat(100_000)}"b.example"] }`);
  await writeFile(join(dir, "hostile.json"), JSON.stringify({ organization: "Evil\u202Egpj.exe\u001b[2J\u0000" }));
  await writeFile(join(dir, "hostile-key.json"), JSON.stringify({ ["mode\u202E\u001b[31m"]: "x" }));
  await mkdir(join(dir, "a-directory.json"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: dir }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

async function fixture(name: string): Promise<Message> {
  return JSON.parse(await readFile(join(dir, name), "utf8")) as Message;
}

/** What this Node's JSON parser says about the text (its wording differs between Node versions). */
function parserMessage(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message.replace(/\s+/g, " ").trim();
  }
  throw new Error("the text was meant to be invalid JSON");
}

function lines(text: string): string[] {
  return text.split("\n").filter((line) => line !== "");
}

describe.concurrent("bcc-guard policy", { timeout: 90_000 }, () => {
  it("check: a valid policy gets a one-line summary and exit 0", async ({ expect }) => {
    const result = await run("policy", "check", "contoso.json");
    expect(result).toEqual({
      code: 0,
      stdout:
        "contoso.json: valid. Contoso; warn at 3, block at 10 parties; mode enforce; 2 internal domains (contoso.com, contoso.co.uk); 0 sensitive keywords\n",
      stderr: "",
    });
  });

  it("check: an invalid policy gets one line per problem with its JSON path, and exit 1", async ({ expect }) => {
    const result = await run("policy", "check", "broken-policy.json");
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    const problems = lines(result.stderr);
    expect(problems).toHaveLength(3);
    expect(problems).toContain(
      "broken-policy.json: thresholds.warnAt: must be at least 2 (one party alone exposes nobody)",
    );
    expect(problems).toContain(
      'broken-policy.json: internalDomains[0]: is an address, not a domain: write "contoso.com"',
    );
    expect(problems).toContain('broken-policy.json: mdoe: unknown key (did you mean "mode"?)');
  });

  it("check: lists problems in the order they are written in the file, a repeated key among them", async ({
    expect,
  }) => {
    const result = await run("policy", "check", "out-of-order.json");
    expect(result.code).toBe(1);
    expect(lines(result.stderr).map((line) => line.split(": ")[1])).toEqual([
      "mdoe",
      "thresholds.warnAt",
      "internalDomains[0]",
      "mode",
    ]);
    expect(result.stderr).toContain(
      "out-of-order.json: mode: duplicate key (first on line 5); JSON would keep only the last one, so write it once",
    );
  });

  it("check: refuses a Latin-1 file with a clear message, never mojibake", async ({ expect }) => {
    const result = await run("policy", "check", "latin1.json");
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "bcc-guard: latin1.json is not UTF-8 text: byte 0xE9 at line 1, column 24 is not valid UTF-8 " +
        "(a Latin-1 or Windows-1252 file?). Save it as UTF-8.\n",
    });
  });

  it("check: reads a UTF-8 file with a byte-order mark", async ({ expect }) => {
    const result = await run("policy", "check", "bom.json");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^bom\.json: valid\. Société;/);
  });

  it("check: refuses a file over 1 MiB before reading it", async ({ expect }) => {
    const result = await run("policy", "check", "huge.json");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^bcc-guard: huge\.json is too big: 1,\d{3},\d{3} bytes, the limit is 1,048,576 \(1 MiB\)\n$/,
    );
  });

  it.for(["hostile.json", "hostile-key.json"])(
    "check %s: control and bidi characters from the file are shown escaped, never raw",
    async (name, { expect }) => {
      const result = await run("policy", "check", name);
      const output = result.stdout + result.stderr;
      expect(output).toMatch(/\\u202E/);
      expect(output).toMatch(/\\u001B/i);
      // eslint-disable-next-line no-control-regex -- the characters that must never reach the terminal
      expect(output).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
    },
  );

  it("check: accepts the shipped healthcare example", async ({ expect }) => {
    const result = await run("policy", "check", join(REPO, "policy/examples/healthcare.json"));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/: valid\. .*; mode enforce; .*sensitive keywords \(warn at 2, block at 2\)\n$/);
  });

  it("schema: prints the committed policy/policy.schema.json", async ({ expect }) => {
    const result = await run("policy", "schema");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(await readFile(join(REPO, "policy/policy.schema.json"), "utf8"));
  });
});

describe.concurrent("bcc-guard evaluate", { timeout: 90_000 }, () => {
  it("blocks 300 customers in To under the default policy", async ({ expect }) => {
    const result = await run("evaluate", "customers.json");
    expect(result.code).toBe(0);
    const verdict = evaluate(await fixture("customers.json"), DEFAULT_POLICY);
    expect(verdict.action).toBe("block");
    expect(result.stdout).toBe(`${JSON.stringify(verdict, null, 2)}\n`);
  });

  it("allows a two-company thread under --policy, reading Name <address> strings", async ({ expect }) => {
    const result = await run("evaluate", "--policy", "contoso.json", "thread.json");
    expect(result.code).toBe(0);
    const verdict = JSON.parse(result.stdout) as ReturnType<typeof evaluate>;
    expect(verdict.action).toBe("allow");
    expect(verdict.counts).toMatchObject({ visible: 4, visibleInternal: 1, parties: 2 });
    const policy = parsePolicy(FIXTURES["contoso.json"]);
    if (!policy.ok) throw new Error("the contoso.json fixture must be valid");
    expect(verdict).toEqual(evaluate(await fixture("thread.json"), policy.policy));
  });
});

describe.concurrent("bcc-guard plan", { timeout: 90_000 }, () => {
  it("moves outside people to Bcc, keeps colleagues and what cannot move, and puts the sender in To", async ({
    expect,
  }) => {
    const result = await run("plan", "move.json");
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(plan)).toEqual(["to", "cc", "bcc", "moved", "cannotMove"]);
    const salesTeam = { emailAddress: "", displayName: "Sales team" };
    expect(plan).toEqual({
      to: [{ emailAddress: "agent@contoso.com", displayName: "Agent Smith" }],
      cc: [{ emailAddress: "dan@contoso.com", displayName: "Dan Lee" }, salesTeam],
      bcc: [
        { emailAddress: "ann@gmail.com", displayName: "Ann Lee" },
        { emailAddress: "bob@fabrikam.com", displayName: "bob@fabrikam.com" },
      ],
      moved: 2,
      cannotMove: [salesTeam],
    });
  });
});

describe.concurrent("bcc-guard help and version", { timeout: 90_000 }, () => {
  it.for([
    [[], ["policy", "evaluate", "plan", "docs/policy-reference.md"]],
    [["policy"], ["check", "schema"]],
    [["policy", "check"], ["FILE"]],
    [["policy", "schema"], ["JSON Schema"]],
    [["evaluate"], ["--policy <FILE>", "MESSAGE", "Name <a@b.com>"]],
    [["plan"], ["--policy <FILE>", "MESSAGE", "Move to Bcc"]],
  ] as const)("bcc-guard %j --help describes the command", async ([command, mentions], { expect }) => {
    const result = await run(...command, "--help");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Usage: bcc-guard ${[...command, ""].join(" ")}`);
    for (const mention of mentions) expect(result.stdout).toContain(mention);
  });

  it("--version prints the package version", async ({ expect }) => {
    const { version } = JSON.parse(await readFile(join(REPO, "package.json"), "utf8")) as { version: string };
    expect(await run("--version")).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });
});

describe.concurrent("bcc-guard on bad input", { timeout: 90_000 }, () => {
  it.for([
    [["policy", "check", "missing.json"], "bcc-guard: cannot read missing.json: no such file"],
    [["evaluate", "a-directory.json"], "bcc-guard: cannot read a-directory.json: it is a directory"],
    [["evaluate", "not-json.json"], `bcc-guard: not-json.json is not valid JSON: ${parserMessage(NOT_JSON)}`],
    [["plan", "bad-message.json"], /^bcc-guard: bad-message\.json: to\[3\]: must be an address/],
    [["evaluate", "--policy", "missing.json", "thread.json"], "bcc-guard: cannot read missing.json: no such file"],
    [["evalute", "thread.json"], /^bcc-guard: unknown command 'evalute'.*evaluate/],
    [["plan", "--dry-run", "move.json"], "bcc-guard: unknown option '--dry-run'"],
    [["evaluate"], "bcc-guard: missing required argument 'MESSAGE'"],
  ] as const)("bcc-guard %j: one line on stderr, exit 2", async ([args, expected], { expect }) => {
    const result = await run(...args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).not.toContain("    at ");
    expect(result.stderr.trim()).toMatch(expected);
  });

  it("an invalid --policy is bad input for evaluate: exit 2, one line per problem, no stack trace", async ({
    expect,
  }) => {
    const result = await run("evaluate", "--policy", "broken-policy.json", "thread.json");
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(lines(result.stderr)).toEqual([
      expect.stringMatching(/^bcc-guard: broken-policy\.json: \S+: /),
      expect.stringMatching(/^bcc-guard: broken-policy\.json: \S+: /),
      expect.stringMatching(/^bcc-guard: broken-policy\.json: \S+: /),
    ]);
    expect(result.stderr).toContain("thresholds.warnAt: must be at least 2");
    expect(result.stderr).not.toContain("    at ");
  });

  it("no command: prints the usage on stderr and exits 2", async ({ expect }) => {
    const result = await run();
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^Usage: bcc-guard /);
  });
});

it("the launcher is an executable node script, as npx needs", async () => {
  const launcher = await readFile(BIN, "utf8");
  expect(launcher.startsWith("#!/usr/bin/env node\n")).toBe(true);
  expect((await stat(BIN)).mode & 0o111).not.toBe(0);
});
