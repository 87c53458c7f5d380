import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { AuditSummary } from "../src/cli/audit/auditSummary.ts";
import { addresses } from "./support/recipients.ts";
import { buildMsgFile } from "./support/outlookMsgFile.ts";

// The real command, as an admin runs it: node, the launcher, tsx, the source. Output goes to pipes, as in CI.
const BIN = fileURLToPath(new URL("../bin/bcc-guard.js", import.meta.url));
const ENRON = fileURLToPath(new URL("../node_modules/pst-extractor/example/testdata/enron.pst", import.meta.url));
const WEBMAIL = ["gmail.com", "hotmail.co.uk", "orange.fr", "btinternet.com", "libero.it"];

function eml(headers: Record<string, string>, body = "Hello"): string {
  return `${Object.entries(headers)
    .map(([key, value]) => `${key}: ${value}`)
    .join("\r\n")}\r\n\r\n${body}\r\n`;
}

const customers = (n: number) => addresses(n, WEBMAIL, "customer");

let dir = "";
let good = "";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "bcc-guard-audit-"));
  good = join(dir, "export");
  await mkdir(join(good, "2025", "march"), { recursive: true });
  // Like the Orange incident: 30 customers in To, asking for feedback: a block.
  await writeFile(
    join(good, "feedback.eml"),
    eml({
      From: "Feedback <feedback@contoso.com>",
      To: customers(30).join(", "),
      Subject: "How did we do?\u001b[2J",
      Date: "Mon, 03 Mar 2025 10:00:00 +0000",
    }),
  );
  // A normal thread with two partner companies: allowed.
  await writeFile(
    join(good, "thread.eml"),
    eml({ From: "alice@contoso.com", To: "bob@fabrikam.com, carla@northwind.com", Subject: "Re: schedule" }),
  );
  // Sent with Send Anyway: stamped, 6 parties.
  await writeFile(
    join(good, "2025", "march", "sent.mbox"),
    [
      "From agent@contoso.com Tue Mar  4 09:00:00 2025",
      eml({
        From: "agent@contoso.com",
        To: customers(6).join(", "),
        Subject: "Your results",
        "X-BCC-Guard": "v=1; action=warn; mode=enforce; checked=send; compose=new; visible=6; external=6; parties=6",
      }),
      "From agent@contoso.com Tue Mar  4 09:05:00 2025",
      eml({ From: "agent@contoso.com", To: "colleague@contoso.com", Subject: "lunch" }, ">From the canteen"),
      "",
    ].join("\n"),
  );
  await writeFile(
    join(good, "2025", "minutes.msg"),
    buildMsgFile({
      subject: "Board minutes",
      senderSmtp: "ceo@contoso.com",
      recipients: [
        { type: "to", smtp: "a@fabrikam.com" },
        { type: "cc", smtp: "b@gmail.com" },
      ],
    }),
  );
  await writeFile(join(good, "notes.txt"), "not mail");

  const broken = join(dir, "broken");
  await mkdir(broken);
  await writeFile(join(broken, "corrupt.msg"), Buffer.alloc(700, 7));
  await writeFile(join(broken, "binary.eml"), Buffer.from([0, 1, 2, 3, 250, 251, 252]));
  await writeFile(join(broken, "fine.eml"), eml({ From: "a@contoso.com", To: "b@x.com", Subject: "ok" }));

  await writeFile(
    join(dir, "policy.json"),
    JSON.stringify({ internalDomains: ["contoso.com"], thresholds: { warnAt: 5, blockAt: 20 } }),
  );
  await writeFile(
    join(dir, "sensitive.json"),
    JSON.stringify({ sensitive: { keywords: ["canteen"], warnAt: 2, blockAt: 3 }, largeAudience: { warnAt: null } }),
  );
  await writeFile(join(dir, "bad-policy.json"), JSON.stringify({ thresholds: { warnAt: 1 } }));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: dir, maxBuffer: 1 << 24 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

async function json(...args: string[]): Promise<{ code: number; summary: AuditSummary; stderr: string }> {
  const result = await run("audit", "--json", ...args);
  return { code: result.code, summary: JSON.parse(result.stdout) as AuditSummary, stderr: result.stderr };
}

describe("bcc-guard audit", () => {
  it("reads a folder of .eml, .mbox and .msg files recursively and counts verdicts, reasons and stamps", async () => {
    const { code, summary, stderr } = await json("--policy", "policy.json", "export");
    expect(code).toBe(0);
    expect(stderr).toBe(""); // no progress bar in a pipe
    expect(summary.format).toBe("bcc-guard-audit/1");
    expect(summary.files).toEqual({ mail: 4, ignored: 1 });
    expect(summary.messages).toEqual({ read: 5, unreadable: 0, skipped: 0 });
    expect(summary.verdicts.block.count).toBe(1);
    expect(summary.verdicts.warn.count).toBe(1);
    expect(summary.verdicts.allow.count).toBe(3);
    expect(summary.verdicts.block.reasons["exposed-parties"]).toBe(1);
    expect(summary.stamps).toMatchObject({ stamped: 1, unstamped: 4, byAction: { warn: 1 } });
    expect(summary.riskiest.map((risky) => [risky.action, risky.counts.parties, risky.stamp])).toEqual([
      ["block", 30, null], // 30 customers on five webmail domains: each one a party
      ["warn", 6, "warn"],
      ["allow", 2, null],
      ["allow", 2, null],
    ]);
    expect(summary.riskiest[0]!.addresses).toBeUndefined();
  });

  it("gives a what-if grid whose cell at the policy's thresholds equals the actual counts", async () => {
    const { summary } = await json("--policy", "policy.json", "export");
    const what = summary.whatIf;
    const cell = what.cells[what.warnAt.indexOf(5)]![what.blockAt.indexOf(20)];
    expect(cell).toEqual({ warn: summary.verdicts.warn.count, block: summary.verdicts.block.count });
    // At warnAt 3 and blockAt 10 the thread stays allowed (2 parties) and both large mailings block... only the 30.
    expect(what.cells[what.warnAt.indexOf(3)]![what.blockAt.indexOf(10)]).toEqual({ warn: 1, block: 1 });
    expect(what.cells[what.warnAt.indexOf(7)]![what.blockAt.indexOf(40)]).toEqual({ warn: 1, block: 0 });
  });

  it("prints a readable report with control characters escaped and no address unless asked", async () => {
    const { code, stdout } = await run("audit", "--policy", "policy.json", "export");
    expect(code).toBe(0);
    expect(stdout).toContain(
      "BCC Guard audit: 5 message(s) read from 4 file(s), 1 other file(s) in the folders ignored.",
    );
    expect(stdout).toContain("How did we do?\\u{1B}[2J");
    expect(stdout).not.toContain("\u001b");
    expect(stdout).toMatch(/Checked by the add-in \(X-BCC-Guard stamp\): 1 of 5 \(20\.0%\)/u);
    expect(stdout).toMatch(/^ {2}block +30 +30 +30 +2025-03-03 10:00 +none +How did we do\?/mu);
    expect(stdout).toContain("What if:");
    expect(stdout).not.toContain("customer0@gmail.com");
    const shown = await run("audit", "--show-addresses", "--policy", "policy.json", "export");
    expect(shown.stdout).toContain("from feedback@contoso.com; to/cc customer0@gmail.com");
    expect(shown.stdout).toContain("and 25 more");
  });

  it("reports each broken file with the reason, reads the rest, and exits 1", async () => {
    const { code, summary } = await json("broken");
    expect(code).toBe(1);
    expect(summary.messages.read).toBe(1);
    expect(summary.messages.unreadable).toBe(2);
    expect(summary.unreadable).toEqual([
      {
        source: join("broken", "binary.eml"),
        reason: expect.stringMatching(/no mail header found/u) as unknown as string,
      },
      { source: join("broken", "corrupt.msg"), reason: "Unsupported file type!" },
    ]);
    const text = await run("audit", "broken");
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("Unreadable: 2");
    expect(text.stdout).toContain(`${join("broken", "corrupt.msg")}: Unsupported file type!`);
    expect(text.stderr).toBe("");
  });

  it("reads the bodies when the policy has keywords, and finds the sensitive message", async () => {
    const { summary } = await json("--policy", "sensitive.json", "export");
    expect(summary.policy.sensitive.keywords).toBe(1);
    const sensitive = Object.values(summary.verdicts).reduce((sum, v) => sum + (v.reasons.sensitive ?? 0), 0);
    expect(sensitive).toBe(1);
  });

  it("reads the 71 messages of a real Outlook data file", async () => {
    const { code, summary } = await json(ENRON);
    expect(code).toBe(0);
    expect(summary.messages.read).toBe(71);
    expect(summary.verdicts.allow.count + summary.verdicts.warn.count + summary.verdicts.block.count).toBe(71);
  });

  it("exits 2 before reading anything for a path that does not exist, a bad policy or a bad option", async () => {
    const missing = await run("audit", "export", "nowhere");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("bcc-guard: nowhere: no such file or folder\n");
    expect(missing.stdout).toBe("");
    const badPolicy = await run("audit", "--policy", "bad-policy.json", "export");
    expect(badPolicy.code).toBe(2);
    expect(badPolicy.stderr).toMatch(/^bcc-guard: bad-policy\.json: thresholds\.warnAt: /mu);
    const badTop = await run("audit", "--top", "many", "export");
    expect(badTop.code).toBe(2);
    const noPath = await run("audit");
    expect(noPath.code).toBe(2);
  });

  it("reports a given file of an unknown kind as unreadable", async () => {
    const { code, summary } = await json(join("export", "notes.txt"));
    expect(code).toBe(1);
    expect(summary.unreadable[0]!.reason).toMatch(/not a mail file/u);
  });
});
