import { describe, expect, it } from "vitest";

import { DEFAULT_POLICY } from "../../engine/defaultPolicy.ts";
import { evaluate } from "../../engine/evaluate.ts";
import type { Message } from "../../engine/message.ts";
import { addresses } from "../../../test/support/recipients.ts";
import { formatAuditReport } from "./auditReport.ts";
import { summarize } from "./auditSummary.ts";
import { AuditTally } from "./auditTally.ts";
import type { MailRecord } from "./mailRecord.ts";

const WEBMAIL = ["gmail.com", "orange.fr", "libero.it", "naver.com"];

function record(source: string, subject: string, to: string[], stamp: string | null = null): MailRecord {
  return {
    source,
    date: new Date("2025-03-03T10:00:00Z"),
    subject,
    from: { emailAddress: "agent@contoso.com" },
    to: to.map((emailAddress) => ({ emailAddress })),
    cc: [],
    bcc: [],
    stamp,
  };
}

function tallyOf(records: MailRecord[], showAddresses = false, top = 10): AuditTally {
  const tally = new AuditTally(DEFAULT_POLICY, { top, showAddresses });
  for (const item of records) {
    const message: Message = { from: item.from, subject: item.subject, to: item.to, cc: item.cc, bcc: item.bcc };
    tally.addMessage(item, evaluate(message, DEFAULT_POLICY));
  }
  return tally;
}

const people = (n: number) => addresses(n, WEBMAIL, "p");

describe("the audit report", () => {
  const records = [
    record("sent/\u001b]0;pwned\u0007.eml", "Invoice \u202Egpj.exe", people(25)),
    record("sent/b.eml", "Newsletter", people(6), "v=1; action=warn; mode=enforce"),
    record("sent/c.eml", "Lunch", ["colleague@contoso.com"]),
  ];

  it("never prints a control or bidi character from a subject or a file name", () => {
    const tally = tallyOf(records);
    tally.addUnreadable({ source: "bad\u001b[31m.msg", reason: "Unsupported file type!" });
    const text = formatAuditReport(summarize(tally, null, { mail: 4, ignored: 0 }), { showAddresses: false });
    // Every control character but the line feed, and the bidi embeddings and overrides.
    expect(text).not.toMatch(/[^\P{Cc}\n]|[\u202a-\u202e]/u);
    expect(text).toContain("Invoice \\u{202E}gpj.exe");
    expect(text).toContain("sent/\\u{1B}]0;pwned\\u{7}.eml");
    expect(text).toContain("bad\\u{1B}[31m.msg: Unsupported file type!");
  });

  it("lists the riskiest first, keeps only the top N, and hides addresses unless asked", () => {
    const summary = summarize(tallyOf(records, false, 1), null, { mail: 3, ignored: 0 });
    expect(summary.riskiest.map((risky) => risky.subject)).toEqual(["Invoice \u202Egpj.exe"]);
    const hidden = formatAuditReport(summary, { showAddresses: false });
    expect(hidden).not.toContain("p0@gmail.com");
    const shown = formatAuditReport(summarize(tallyOf(records, true), null, { mail: 3, ignored: 0 }), {
      showAddresses: true,
    });
    expect(shown).toContain("from agent@contoso.com; to/cc p0@gmail.com, p1@orange.fr");
    expect(shown).toContain("and 20 more");
  });

  it("counts stamped messages and marks the policy's own cell in the what-if grid", () => {
    const summary = summarize(tallyOf(records), null, { mail: 3, ignored: 0 });
    expect(summary.stamps).toMatchObject({ stamped: 1, unstamped: 2, byAction: { warn: 1 } });
    const text = formatAuditReport(summary, { showAddresses: false });
    expect(text).toContain("Checked by the add-in (X-BCC-Guard stamp): 1 of 3 (33.3%)");
    // 25 people on four webmail domains are 25 parties: blocked at 20; the 6 are a warning.
    expect(text).toMatch(/^ {2}5 +(?:\d+ \/ \d+ +){2}\*1 \/ 1 /mu);
  });
});
