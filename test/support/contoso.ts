// Test support: Contoso, the organisation the hand-written tests send from.
import { DEFAULT_POLICY } from "../../src/engine/index.ts";
import type { Policy } from "../../src/engine/index.ts";

/** The sender used by the hand-written tests: a colleague at Contoso. */
export const SENDER = "anna.berg@contoso.com";

/**
 * The default policy (warn at 5 parties, block at 20) for Contoso, with contoso.com internal and whatever a
 * test changes.
 */
export function contosoPolicy(changes: Partial<Policy> = {}): Policy {
  return { ...DEFAULT_POLICY, organization: "Contoso", internalDomains: ["contoso.com"], ...changes };
}
