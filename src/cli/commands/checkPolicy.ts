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
    count(policy.internalDomains.length, "internal domain"),
    sensitive.keywords.length === 0
      ? keywords
      : `${keywords} (warn at ${sensitive.warnAt}, block at ${sensitive.blockAt})`,
  ].join("; ");
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
