/** What `npm audit --json` told us: advisories to act on, or why there is no report. */
export type AuditResult =
  | { kind: "report"; serious: string[]; counts: Record<string, number> }
  | { kind: "unreachable"; reason: string }
  | { kind: "unreadable"; reason: string };

interface AuditJson {
  vulnerabilities?: Record<string, { severity?: string }>;
  metadata?: { vulnerabilities?: Record<string, number> };
  message?: string;
  code?: string;
  statusCode?: number;
  error?: { code?: string | null; summary?: string; detail?: string };
}

// How npm says the advisory service could not be reached or would not answer: DNS, connection and TLS failures,
// timeouts, offline mode, or an HTTP error status from the audit endpoint (a registry mirror without it, say).
const UNREACHABLE =
  /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|EPROTO|CERT_|SELF_SIGNED|ENOTCACHED|offline|socket hang up|request to \S+ failed/i;

/**
 * Reads npm's JSON output (npm 7 and later). `serious` lists the packages with a high or critical advisory.
 * Anything that is neither a report nor a network failure is "unreadable", so that a change in npm's output
 * fails loudly instead of passing silently.
 */
export function readAuditResult(stdout: string, stderr = ""): AuditResult {
  let json: AuditJson;
  try {
    json = JSON.parse(stdout) as AuditJson;
  } catch {
    return { kind: "unreadable", reason: `no JSON on stdout: ${oneLine(stdout || stderr)}` };
  }
  const counts = json.metadata?.vulnerabilities;
  if (counts) {
    const serious = Object.entries(json.vulnerabilities ?? {})
      .filter(([, advisory]) => advisory.severity === "high" || advisory.severity === "critical")
      .map(([name, advisory]) => `${name} (${advisory.severity})`);
    if (serious.length === 0 && (counts.high ?? 0) + (counts.critical ?? 0) > 0)
      serious.push(`${counts.high ?? 0} high, ${counts.critical ?? 0} critical (per npm's totals)`);
    return { kind: "report", serious, counts };
  }
  const why = [json.message, json.error?.code, json.error?.summary, json.code].filter(Boolean).join(" | ");
  if (UNREACHABLE.test(why) || json.statusCode !== undefined) return { kind: "unreachable", reason: oneLine(why) };
  return { kind: "unreadable", reason: oneLine(why || stdout) };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim().slice(0, 300);
}
