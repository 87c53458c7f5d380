import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

import { format, resolveConfig } from "prettier";

import { policyJsonSchema } from "../src/engine/policySchema.ts";

/** The parts of a JSON Schema (as zod writes it) that the reference shows. */
interface FieldSchema {
  title?: string;
  description?: string;
  type?: string;
  default?: unknown;
  const?: unknown;
  enum?: unknown[];
  anyOf?: FieldSchema[];
  items?: FieldSchema;
  properties?: Record<string, FieldSchema>;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
}

const TARGET = fileURLToPath(new URL("../docs/policy-reference.md", import.meta.url));

// Rules that JSON Schema cannot express; `bcc-guard policy check` and the build apply them all.
const FURTHER_CHECKS = [
  "`warnAt` must not be greater than `blockAt`, in `thresholds` and in `sensitive`.",
  "`sensitive.warnAt` and `sensitive.blockAt` may only be stricter than (at most) `thresholds.warnAt` and " +
    "`thresholds.blockAt`: a sensitive message is never judged more leniently.",
  "`internalDomains`, `consumerDomains` and `notConsumerDomains` hold domains such as `contoso.com`: not " +
    "addresses, and no `*.` wildcards (a domain always covers its subdomains). International domains may be " +
    "written in Unicode or punycode.",
  "No domain in those lists may be a public suffix, by the whole Public Suffix List, private section included " +
    "(`co.uk`, `com.au`, `github.io`): nobody owns one, so it names no organisation.",
  "An internal domain may not be a personal mail provider or relay (`gmail.com`, `bigpond.com`, " +
    "`guest.booking.com`), unless `notConsumerDomains` names it too (your organisation happens to be on a list).",
  "`exemptRecipients` holds email addresses.",
  "An unknown key is an error, not ignored; a near miss such as `blockat` gets a suggestion.",
  "Keywords are words or phrases of letters and digits; `*` may only end a keyword (`patient*` matches " +
    "`patients` and `patient`, not `outpatient`). Without `*`, `patient` does not match `patients`.",
  "List lengths are capped so that a policy cannot blow the send bundle's size budget: `internalDomains` " +
    "1,000, `consumerDomains` and `notConsumerDomains` 5,000 each, `exemptRecipients` 1,000, " +
    "`sensitive.keywords` 500.",
];

/** docs/policy-reference.md, generated from the policy schema so that the two cannot disagree. */
export async function renderPolicyReference(): Promise<string> {
  const schema = policyJsonSchema() as FieldSchema;
  const markdown = [
    `# ${schema.title ?? "Policy"} reference`,
    "<!-- Generated from src/engine/policySchema.ts by scripts/writePolicyReference.ts: edit those, not this file. -->",
    schema.description ?? "",
    "Every field is optional: a missing field takes its default (`policy/default.json` lists them all). " +
      'Start the file with `"$schema"` pointing at `policy/policy.schema.json` for completion and checking in ' +
      "editors, and run `npx bcc-guard policy check FILE` before rollout.",
    ...Object.entries(schema.properties ?? {}).flatMap(([key, field]) => section(key, field, 2)),
    "## Further checks",
    FURTHER_CHECKS.map((check) => `- ${check}`).join("\n"),
  ].join("\n\n");
  return format(markdown, { ...(await resolveConfig(TARGET)), parser: "markdown" });
}

function section(path: string, field: FieldSchema, depth: number): string[] {
  const heading = `${"#".repeat(depth)} \`${path}\``;
  if (field.properties) {
    const children = Object.entries(field.properties);
    return [
      heading,
      field.description ?? "",
      ...children.flatMap(([key, child]) => section(`${path}.${key}`, child, depth + 1)),
    ];
  }
  const facts = [`Type: ${typeName(field)}`];
  if (field.default !== undefined) facts.push(`Default: \`${JSON.stringify(field.default)}\``);
  const limits = constraints(field);
  if (limits.length > 0) facts.push(`Allowed: ${limits.join("; ")}`);
  return [heading, field.description ?? "", facts.map((fact) => `- ${fact}`).join("\n")];
}

function typeName(field: FieldSchema): string {
  if (field.const !== undefined) return `\`${JSON.stringify(field.const)}\``;
  if (field.enum) return orList(field.enum.map((value) => `\`${JSON.stringify(value)}\``));
  if (field.anyOf) return orList(field.anyOf.map(typeName));
  if (field.type === "array") return `list of ${typeName(field.items ?? {})}s`;
  const names: Record<string, string> = { integer: "whole number", boolean: "`true` or `false`", null: "`null`" };
  return names[field.type ?? ""] ?? field.type ?? "any";
}

function constraints(field: FieldSchema): string[] {
  const found: string[] = [];
  // zod writes MAX_SAFE_INTEGER as the maximum of every integer: no limit an admin would notice.
  const max = field.maximum !== undefined && field.maximum < Number.MAX_SAFE_INTEGER ? field.maximum : undefined;
  if (field.minimum !== undefined && max !== undefined) found.push(`${field.minimum} to ${max}`);
  else if (field.minimum !== undefined) found.push(`at least ${field.minimum}`);
  else if (max !== undefined) found.push(`at most ${max}`);
  if (field.maxLength !== undefined) found.push(`at most ${field.maxLength} characters`);
  if (field.maxItems !== undefined) found.push(`at most ${field.maxItems} entries`);
  const item = field.items;
  if (item?.minLength !== undefined && item.maxLength !== undefined)
    found.push(`each entry ${item.minLength} to ${item.maxLength} characters`);
  return [...found, ...(field.anyOf ?? []).flatMap(constraints)];
}

function orList(items: string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}

if (process.argv[1] === import.meta.filename) {
  await writeFile(TARGET, await renderPolicyReference());
  console.log(`wrote ${TARGET}`);
}
