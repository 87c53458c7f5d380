import type { Io } from "../io.ts";
import { policySchemaText } from "../policySchemaText.ts";

/** `bcc-guard policy schema`: the JSON Schema that editors validate policy files against. */
export function printSchema(io: Io): void {
  io.stdout(policySchemaText());
}
