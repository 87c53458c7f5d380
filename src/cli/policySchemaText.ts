import { policyJsonSchema } from "../engine/policySchema.ts";

/** The policy's JSON Schema as committed in `policy/policy.schema.json` and printed by `bcc-guard policy schema`. */
export function policySchemaText(): string {
  return `${JSON.stringify(policyJsonSchema(), null, 2)}\n`;
}
