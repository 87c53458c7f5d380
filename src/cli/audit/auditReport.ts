import type { Reason } from "../../engine/verdict.ts";
import type { AuditSummary } from "./auditSummary.ts";
import { escapeUnsafe, shortText } from "./displayText.ts";

const SUBJECT_WIDTH = 40;
const REASONS: readonly Reason[] = ["exposed-parties", "large-audience", "sensitive", "unresolved"];

/** The audit as a person reads it in a terminal: plain text, every outside string escaped and cut short. */
export function formatAuditReport(summary: AuditSummary, options: { showAddresses: boolean }): string {
  const n = (value: number) => value.toLocaleString("en");
  const { messages, policy, verdicts, stamps } = summary;
  const out: string[] = [];
  out.push(
    `BCC Guard audit: ${n(messages.read)} message(s) read from ${n(summary.files.mail)} file(s)` +
      (summary.files.ignored > 0 ? `, ${n(summary.files.ignored)} other file(s) in the folders ignored` : "") +
      ".",
    `Policy: ${policy.file === null ? "built-in defaults" : escapeUnsafe(policy.file)}; mode ${policy.mode}; ` +
      `warn at ${policy.thresholds.warnAt}, block at ${policy.thresholds.blockAt} exposed parties` +
      (policy.sensitive.keywords > 0
        ? `; sensitive (${policy.sensitive.keywords} keyword(s)): ${policy.sensitive.warnAt} / ${policy.sensitive.blockAt}`
        : "; no sensitive keywords (bodies not read)") +
      `; large audience ${policy.largeAudienceWarnAt === null ? "off" : `from ${policy.largeAudienceWarnAt} visible`}.`,
  );
  if (messages.skipped > 0)
    out.push(`Skipped ${n(messages.skipped)} item(s) that are not mail (contacts, calendar, tasks, …).`);

  out.push("", `Unreadable: ${n(messages.unreadable)}`);
  for (const item of summary.unreadable) out.push(`  ${escapeUnsafe(item.source)}: ${escapeUnsafe(item.reason)}`);
  if (summary.unreadableNotListed > 0) out.push(`  … and ${n(summary.unreadableNotListed)} more`);

  out.push("", "Verdicts (a message can have several reasons):");
  const rows = [
    ["", "allow", "warn", "block"],
    ["messages", n(verdicts.allow.count), n(verdicts.warn.count), n(verdicts.block.count)],
    ...REASONS.map((reason) => [
      `  ${reason}`,
      n(verdicts.allow.reasons[reason] ?? 0),
      n(verdicts.warn.reasons[reason] ?? 0),
      n(verdicts.block.reasons[reason] ?? 0),
    ]),
  ];
  out.push(...columns(rows, [false, true, true, true]).map((line) => `  ${line}`));

  const share = messages.read === 0 ? 0 : (100 * stamps.stamped) / messages.read;
  out.push(
    "",
    `Checked by the add-in (X-BCC-Guard stamp): ${n(stamps.stamped)} of ${n(messages.read)} (${share.toFixed(1)}%)` +
      (stamps.stamped === 0
        ? "."
        : `: allow ${n(stamps.byAction.allow)}, warn ${n(stamps.byAction.warn)} (sent: Send Anyway or monitor mode), ` +
          `block ${n(stamps.byAction.block)} (monitor mode), error ${n(stamps.byAction.error)}` +
          (stamps.byAction.unknown > 0 ? `, unrecognised ${n(stamps.byAction.unknown)}` : "") +
          "."),
  );

  out.push(
    "",
    `Riskiest messages (${summary.riskiest.length})` +
      (options.showAddresses ? ":" : ": addresses hidden, --show-addresses lists them"),
  );
  if (summary.riskiest.length === 0)
    out.push("  none: no message exposed two or more outside parties or drew a warning");
  else {
    const table = [["action", "parties", "visible", "external", "date (UTC)", "stamp", "subject"]];
    for (const risky of summary.riskiest) {
      table.push([
        risky.action,
        n(risky.counts.parties),
        n(risky.counts.visible),
        n(risky.counts.visibleExternal),
        risky.date === null ? "-" : risky.date.slice(0, 16).replace("T", " "),
        risky.stamp ?? "none",
        shortText(risky.subject, SUBJECT_WIDTH) || "(no subject)",
      ]);
    }
    const lines = columns(table, [false, true, true, true, false, false, false]);
    out.push(`  ${lines[0]}`);
    summary.riskiest.forEach((risky, index) => {
      out.push(`  ${lines[index + 1]}`, `      ${shortText(risky.source, 100)}`);
      if (risky.addresses !== undefined) {
        const more = risky.addresses.visibleTotal - risky.addresses.visible.length;
        out.push(
          `      from ${risky.addresses.from === null ? "-" : shortText(risky.addresses.from, 80)}; to/cc ` +
            risky.addresses.visible.map((address) => shortText(address, 60)).join(", ") +
            (more > 0 ? ` and ${n(more)} more` : ""),
        );
      }
    });
  }

  const what = summary.whatIf;
  out.push(
    "",
    "What if: warnings / blocks at other thresholds (exposed parties; the rest of the policy unchanged; * = this policy)",
  );
  const grid = [["warnAt \\ blockAt", ...what.blockAt.map(String)]];
  what.warnAt.forEach((warnAt, i) => {
    grid.push([
      String(warnAt),
      ...what.blockAt.map((blockAt, j) => {
        const cell = what.cells[i]?.[j] ?? null;
        if (cell === null) return "-";
        const mark = warnAt === what.current.warnAt && blockAt === what.current.blockAt ? "*" : "";
        return `${mark}${n(cell.warn)} / ${n(cell.block)}`;
      }),
    ]);
  });
  out.push(...columns(grid, [false, ...what.blockAt.map(() => true)]).map((line) => `  ${line}`));
  return `${out.join("\n")}\n`;
}

/** Rows padded into columns; `right[i]` aligns column i to the right. */
function columns(rows: readonly (readonly string[])[], right: readonly boolean[]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => [...(row[column] ?? "")].length)));
  return rows.map((row) =>
    row
      .map((cell, column) => {
        const pad = " ".repeat(widths[column]! - [...cell].length);
        return right[column] ? pad + cell : cell + pad;
      })
      .join("  ")
      .trimEnd(),
  );
}
