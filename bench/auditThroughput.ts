// The audit's speed and memory on a large mailbox file: messages per second and peak memory (RSS) of a whole
// `bcc-guard audit --json` run, in a child process so that the figure is the audit's own and not the bench's.
import { execFile } from "node:child_process";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export interface AuditFigures {
  messages: number;
  fileBytes: number;
  wallMs: number;
  /** This process's CPU time: less sensitive than wall time to other work on a shared machine. */
  cpuMs: number;
  messagesPerSecond: number;
  messagesPerCpuSecond: number;
  peakRssBytes: number;
  /** The verdicts, to show the run did the work: allow, warn and block counts. */
  verdicts: { allow: number; warn: number; block: number };
}

const CHILD = fileURLToPath(new URL("auditRun.ts", import.meta.url));
const WEBMAIL = ["gmail.com", "hotmail.co.uk", "orange.fr", "libero.it", "naver.com", "fabrikam.com", "northwind.com"];

/** A sent-mail folder's worth of messages: mostly small threads, every 50th a mailing with 40 visible customers. */
export async function writeMbox(file: string, messages: number): Promise<void> {
  const out = createWriteStream(file);
  for (let i = 0; i < messages; i += 1) {
    const count = i % 50 === 0 ? 40 : (i % 7) + 1;
    const to = Array.from({ length: count }, (_, k) => `Person ${k} <p${i}.${k}@${WEBMAIL[(i + k) % WEBMAIL.length]}>`);
    const text =
      `From agent@contoso.com Mon Mar  3 10:00:00 2025\n` +
      `From: Agent <agent@contoso.com>\nTo: ${to.join(",\n ")}\nCc: team@contoso.com\n` +
      `Subject: Message ${i}\nDate: Mon, 03 Mar 2025 10:00:00 +0000\nMessage-ID: <${i}@contoso.com>\n` +
      (i % 3 === 0 ? "X-BCC-Guard: v=1; action=allow; mode=enforce; checked=send\n" : "") +
      `Content-Type: text/plain; charset=utf-8\n\nHello,\n>From the team: thanks for your order ${i}.\n\n`;
    if (!out.write(text)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

export async function measureAudit(messages: number): Promise<AuditFigures> {
  const dir = await mkdtemp(join(tmpdir(), "bcc-guard-bench-audit-"));
  try {
    const file = join(dir, "sent.mbox");
    await writeMbox(file, messages);
    const fileBytes = (await stat(file)).size;
    const output = await new Promise<string>((resolve, reject) => {
      execFile(process.execPath, ["--import", "tsx", CHILD, file], { maxBuffer: 1 << 24 }, (error, stdout) =>
        error === null ? resolve(stdout) : reject(error),
      );
    });
    const run = JSON.parse(output) as {
      wallMs: number;
      cpuMs: number;
      peakRssBytes: number;
      read: number;
      verdicts: AuditFigures["verdicts"];
    };
    return {
      messages: run.read,
      fileBytes,
      wallMs: run.wallMs,
      cpuMs: run.cpuMs,
      messagesPerSecond: (run.read * 1000) / run.wallMs,
      messagesPerCpuSecond: (run.read * 1000) / run.cpuMs,
      peakRssBytes: run.peakRssBytes,
      verdicts: run.verdicts,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
