import { DEFAULT_POLICY } from "../engine/defaultPolicy.ts";
import type { Policy } from "../engine/policy.ts";
import { parsePolicy } from "../engine/policySchema.ts";
import { CliError, problemLines } from "./cliError.ts";
import { readJsonFile } from "./readJsonFile.ts";

/** The policy given with `--policy`, or the defaults without one. An invalid file is bad input, never ignored. */
export async function loadPolicy(file: string | undefined): Promise<Policy> {
  if (file === undefined) return DEFAULT_POLICY;
  const result = parsePolicy(await readJsonFile(file));
  if (result.ok) return result.policy;
  throw new CliError(problemLines(file, result.problems).map((line) => `bcc-guard: ${line}`));
}
