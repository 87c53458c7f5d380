// npx tsx scripts/writeAdminPolicyReference.ts: refreshes the "Policy reference" section of docs/ADMIN.md.
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

import { format, resolveConfig } from "prettier";

import { renderPolicyReference } from "./writePolicyReference.ts";

const TARGET = fileURLToPath(new URL("../docs/ADMIN.md", import.meta.url));
export const START_MARKER = "<!-- policy-reference:start -->";
export const END_MARKER = "<!-- policy-reference:end -->";

/**
 * The body of ADMIN.md's "Policy reference" section: docs/policy-reference.md (generated from the policy schema)
 * without its title, every heading one level down so that it sits under the section's own heading.
 */
export async function renderAdminPolicyReference(): Promise<string> {
  const reference = await renderPolicyReference();
  const body = reference
    .replace(/^# .*\n+/, "")
    .replace(/^<!-- Generated .*-->\n+/m, "")
    .replace(/^(#{2,5}) /gm, "#$1 ");
  return [
    "<!-- Generated from src/engine/policySchema.ts by scripts/writeAdminPolicyReference.ts: edit those, not this section. -->",
    body.trim(),
  ].join("\n\n");
}

/** The text between the markers, or null when ADMIN.md has no such section. */
export function policyReferenceSection(markdown: string): string | null {
  const start = markdown.indexOf(START_MARKER);
  const end = markdown.indexOf(END_MARKER);
  if (start < 0 || end < start) return null;
  return markdown.slice(start + START_MARKER.length, end).trim();
}

/** ADMIN.md with its section replaced by the freshly generated reference, formatted as the repository formats Markdown. */
export async function withPolicyReference(markdown: string): Promise<string> {
  if (policyReferenceSection(markdown) === null)
    throw new Error(`docs/ADMIN.md has no ${START_MARKER} … ${END_MARKER} section`);
  const start = markdown.indexOf(START_MARKER) + START_MARKER.length;
  const end = markdown.indexOf(END_MARKER);
  const updated = `${markdown.slice(0, start)}\n\n${await renderAdminPolicyReference()}\n\n${markdown.slice(end)}`;
  return format(updated, { ...(await resolveConfig(TARGET)), parser: "markdown" });
}

if (process.argv[1] === import.meta.filename) {
  await writeFile(TARGET, await withPolicyReference(await readFile(TARGET, "utf8")));
  console.log(`wrote the policy reference into ${TARGET}`);
}
