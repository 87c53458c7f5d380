import type { Policy } from "./policy.ts";

/**
 * Whether a decision under `policy` reads the subject and body: only sensitive keywords look at them, so without
 * any, reading the text (the slowest read, and words the add-in has no need to see) is skipped.
 */
export function needsMessageText(policy: Policy): boolean {
  return policy.sensitive.keywords.length > 0;
}
