import { DEFAULT_POLICY } from "../engine/defaultPolicy.ts";
import type { Policy } from "../engine/policy.ts";
import { parsePolicy } from "../engine/policySchema.ts";
import { CliError, problemLines } from "./cliError.ts";
import { jsonPathOffsets } from "./jsonPathOffset.ts";
import { MAX_ANALYSED_DEPTH, nestingDepth, readJsonDocument } from "./readJsonFile.ts";

export type PolicyFileResult = { ok: true; policy: Policy } | { ok: false; lines: string[] };

/**
 * Reads and validates a policy file. The problems (the schema's, and keys written twice) come one line each as
 * `FILE: path: message`, in the order they appear in the file. Unreadable files throw a `CliError`.
 */
export async function checkPolicyFile(file: string): Promise<PolicyFileResult> {
  const { value, text, duplicates } = await readJsonDocument(file);
  const result = parsePolicy(value);
  if (result.ok && duplicates.length === 0) return { ok: true, policy: result.policy };
  // Too deep to locate problems in (see readJsonDocument): the schema's order then stands.
  const offsetOf = nestingDepth(text) <= MAX_ANALYSED_DEPTH ? jsonPathOffsets(text) : () => 0;
  const problems = [
    ...duplicates,
    ...(result.ok ? [] : result.problems.map((problem) => ({ ...problem, offset: offsetOf(problem.path) }))),
  ];
  // A stable sort: problems at the same place keep the schema's order.
  problems.sort((a, b) => a.offset - b.offset);
  return { ok: false, lines: problemLines(file, problems) };
}

/** The policy given with `--policy`, or the defaults without one. An invalid file is bad input, never ignored. */
export async function loadPolicy(file: string | undefined): Promise<Policy> {
  if (file === undefined) return DEFAULT_POLICY;
  const result = await checkPolicyFile(file);
  if (result.ok) return result.policy;
  throw new CliError(result.lines.map((line) => `bcc-guard: ${line}`));
}
