import packageJson from "../../../package.json" with { type: "json" };
import { CliError } from "../cliError.ts";
import { renderPowerShellScript } from "../exchange/powershellScript.ts";
import { PowerShellValueError } from "../exchange/powershellString.ts";
import { checkRuleAddress } from "../exchange/ruleAddress.ts";
import { buildTransportRules, type RuleMode } from "../exchange/transportRules.ts";
import type { Io } from "../io.ts";
import { loadPolicy } from "../loadPolicy.ts";

export interface ExchangeRulesOptions {
  policy?: string;
  reportTo?: string;
  onlyFrom?: string;
  mode: RuleMode;
}

/** `bcc-guard exchange-rules`: the Exchange Online PowerShell for the rules behind the add-in, on stdout. */
export async function exchangeRules(options: ExchangeRulesOptions, io: Io): Promise<void> {
  const policy = await loadPolicy(options.policy);
  const problems: string[] = [];
  const address = (option: string, raw: string | undefined): string | undefined => {
    if (raw === undefined) return undefined;
    const checked = checkRuleAddress(option, raw);
    if (checked.ok) return checked.address;
    problems.push(`bcc-guard: ${checked.message}`);
    return undefined;
  };
  const ruleOptions = {
    mode: options.mode,
    reportTo: address("--report-to", options.reportTo),
    onlyFrom: address("--only-from", options.onlyFrom),
  };
  if (problems.length > 0) throw new CliError(problems);
  const rules = buildTransportRules(policy, ruleOptions);
  let script: string;
  try {
    script = renderPowerShellScript(rules, ruleOptions, {
      version: packageJson.version,
      organization: policy.organization,
    });
  } catch (error) {
    if (error instanceof PowerShellValueError) {
      throw new CliError([`bcc-guard: ${options.policy ?? "policy"}: organization: ${error.message}`]);
    }
    throw error;
  }
  io.stdout(script);
}
