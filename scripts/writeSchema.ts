import { writeFile } from "node:fs/promises";

import { policySchemaText } from "../src/cli/policySchemaText.ts";

// Admins' editors validate policy files against the committed copy; test/policyFiles.test.ts fails when it is stale.
const target = new URL("../policy/policy.schema.json", import.meta.url);
await writeFile(target, policySchemaText());
console.log(`wrote ${target.pathname}`);
