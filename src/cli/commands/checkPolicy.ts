import { displayDomain } from "../../engine/displayDomain.ts";
import { normalizeDomain } from "../../engine/normalizeAddress.ts";
import type { Policy } from "../../engine/policy.ts";
import { CliError, EXIT } from "../cliError.ts";
import type { Io } from "../io.ts";
import { checkPolicyFile } from "../loadPolicy.ts";

/** `bcc-guard policy check FILE`: a one-line summary of a valid policy, or every problem with its JSON path. */
export async function checkPolicy(file: string, io: Io): Promise<void> {
  const result = await checkPolicyFile(file);
  if (!result.ok) throw new CliError(result.lines, EXIT.invalidPolicy);
  io.stdout(`${file}: valid. ${summarize(result.policy)}\n`);
}

function summarize(policy: Policy): string {
  const { thresholds, sensitive } = policy;
  const keywords = count(sensitive.keywords.length, "sensitive keyword");
  return [
    policy.organization || "no organisation name",
    `warn at ${thresholds.warnAt}, block at ${thresholds.blockAt} parties`,
    `mode ${policy.mode}`,
    withExamples(count(policy.internalDomains.length, "internal domain"), policy.internalDomains),
    sensitive.keywords.length === 0
      ? keywords
      : `${keywords} (warn at ${sensitive.warnAt}, block at ${sensitive.blockAt})`,
  ].join("; ");
}

/** "2 internal domains (münchen.de, contoso.com)": a few domains, as people typed them (Unicode, not punycode). */
function withExamples(counted: string, domains: readonly string[]): string {
  if (domains.length === 0) return counted;
  const shown = domains.slice(0, 3).map((domain) => displayDomain(normalizeDomain(domain) ?? domain));
  return `${counted} (${shown.join(", ")}${domains.length > 3 ? ", …" : ""})`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
