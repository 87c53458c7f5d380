import { stat } from "node:fs/promises";

import { evaluate, needsMessageText } from "../../engine/index.ts";
import type { Message } from "../../engine/index.ts";
import { formatAuditReport } from "../audit/auditReport.ts";
import { summarize } from "../audit/auditSummary.ts";
import { AuditTally } from "../audit/auditTally.ts";
import { listMailFiles } from "../audit/mailFiles.ts";
import { describeError } from "../audit/mailRecord.ts";
import { createProgress } from "../audit/progressBar.ts";
import { readMailFile } from "../audit/readMailFile.ts";
import { CliError, EXIT } from "../cliError.ts";
import type { Io } from "../io.ts";
import { loadPolicy } from "../loadPolicy.ts";

export interface AuditOptions {
  policy?: string;
  json?: boolean;
  showAddresses?: boolean;
  /** How many riskiest messages to list (a string from the command line). @default "10" */
  top?: string;
}

/**
 * `bcc-guard audit`: replays exported mail through the policy, one message at a time, and reports what the
 * add-in would have done. Exit 0 when every file was read, 1 when some files or messages could not be
 * (the report is still printed and lists each), 2 on bad input before anything is read.
 */
export async function audit(paths: readonly string[], options: AuditOptions, io: Io): Promise<void> {
  const top = Number(options.top ?? "10");
  if (!Number.isInteger(top) || top < 0 || top > 1000) {
    throw new CliError([`bcc-guard: --top: ${JSON.stringify(options.top)} is not a whole number from 0 to 1000`]);
  }
  const policy = await loadPolicy(options.policy);
  const missing: string[] = [];
  for (const path of paths) {
    await stat(path).catch((error: NodeJS.ErrnoException) =>
      missing.push(`bcc-guard: ${path}: ${error.code === "ENOENT" ? "no such file or folder" : describeError(error)}`),
    );
  }
  if (missing.length > 0) throw new CliError(missing);

  const list = await listMailFiles(paths);
  const needBody = needsMessageText(policy);
  const tally = new AuditTally(policy, { top, showAddresses: options.showAddresses === true });
  for (const unreadable of list.unreadable) tally.addUnreadable(unreadable);
  const progress = createProgress(
    io.progressStream,
    list.files.reduce((sum, file) => sum + file.size, 0),
  );
  try {
    for (const file of list.files) {
      for await (const item of readMailFile(file, needBody, (bytes) => progress.advance(bytes, tally.messages))) {
        if (item.kind === "unreadable") tally.addUnreadable(item.unreadable);
        else if (item.kind === "skipped") tally.addSkipped();
        else {
          const { record } = item;
          const message: Message = {
            from: record.from,
            subject: record.subject,
            ...(record.body === undefined ? {} : { body: record.body }),
            to: record.to,
            cc: record.cc,
            bcc: record.bcc,
          };
          tally.addMessage(record, evaluate(message, policy));
        }
      }
    }
  } finally {
    progress.stop();
  }

  const summary = summarize(tally, options.policy ?? null, { mail: list.files.length, ignored: list.ignoredFiles });
  io.stdout(
    options.json === true
      ? `${JSON.stringify(summary, null, 2)}\n`
      : formatAuditReport(summary, { showAddresses: options.showAddresses === true }),
  );
  // The report is out; the exit code tells a script that it is not the whole story.
  if (tally.unreadableCount > 0) throw new CliError([], EXIT.someUnreadable);
}
