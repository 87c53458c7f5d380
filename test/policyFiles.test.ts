import { readdir, readFile } from "node:fs/promises";

import { describe, expect, it } from "vitest";

import { renderPolicyReference } from "../scripts/writePolicyReference.ts";
import { policySchemaText } from "../src/cli/policySchemaText.ts";
import { DEFAULT_POLICY } from "../src/engine/defaultPolicy.ts";
import { evaluate } from "../src/engine/evaluate.ts";
import type { Message } from "../src/engine/message.ts";
import type { Policy } from "../src/engine/policy.ts";
import { parsePolicy } from "../src/engine/policySchema.ts";

const POLICY_DIR = new URL("../policy/", import.meta.url);
const EXAMPLES = ["customer-service.json", "healthcare.json", "monitor-rollout.json", "warn-only-rollout.json"];

async function readJson(url: URL): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(url, "utf8")) as Record<string, unknown>;
}

async function loadExample(name: string): Promise<Policy> {
  const result = parsePolicy(await readJson(new URL(`examples/${name}`, POLICY_DIR)));
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.problems)}`);
  return result.policy;
}

const customers = (count: number, domain = "gmail.com"): string[] =>
  Array.from({ length: count }, (_, i) => `Customer ${i} <customer${i}@${domain}>`);

describe("committed generated files", () => {
  it("policy/policy.schema.json is up to date (regenerate with npm run schema)", async () => {
    expect(await readFile(new URL("policy.schema.json", POLICY_DIR), "utf8")).toBe(policySchemaText());
  });

  it("docs/policy-reference.md is up to date (regenerate with npx tsx scripts/writePolicyReference.ts)", async () => {
    const committed = await readFile(new URL("../docs/policy-reference.md", import.meta.url), "utf8");
    expect(committed).toBe(await renderPolicyReference());
  });

  it("docs/policy-reference.md has a section for every policy field", async () => {
    const reference = await renderPolicyReference();
    const paths = Object.entries(DEFAULT_POLICY).flatMap(([key, value]) =>
      typeof value === "object" && value !== null && !Array.isArray(value)
        ? Object.keys(value).map((child) => `${key}.${child}`)
        : [key],
    );
    for (const path of paths) expect(reference).toMatch(new RegExp(`^#+ \`${path.replace(".", "\\.")}\`$`, "m"));
  });
});

describe("policy/default.json", () => {
  it("spells out every field with its default and points editors at the schema", async () => {
    const { $schema, ...fields } = await readJson(new URL("default.json", POLICY_DIR));
    expect($schema).toBe("./policy.schema.json");
    expect(fields).toEqual(DEFAULT_POLICY);
    expect(parsePolicy({ $schema, ...fields })).toEqual({ ok: true, policy: DEFAULT_POLICY });
  });
});

describe("policy/examples", () => {
  it("holds exactly the documented examples", async () => {
    expect((await readdir(new URL("examples/", POLICY_DIR))).sort()).toEqual(EXAMPLES);
  });

  it.for(EXAMPLES)("%s is valid and points editors at the schema", async (name) => {
    const raw = await readJson(new URL(`examples/${name}`, POLICY_DIR));
    expect(raw.$schema).toBe("../policy.schema.json");
    expect(parsePolicy(raw)).toMatchObject({ ok: true });
  });

  it("customer-service: warns at 3 customers and blocks at 10, ignoring the ticketing mailbox", async () => {
    const policy = await loadExample("customer-service.json");
    const from = "agent@northwind-retail.com";
    const helpdesk = "help@northwindretail.zendesk.com";
    expect(evaluate({ from, to: customers(2), cc: [helpdesk] }, policy).action).toBe("allow");
    expect(evaluate({ from, to: customers(3) }, policy).action).toBe("warn");
    expect(evaluate({ from, to: customers(10, "plus.com") }, policy).action).toBe("block");
  });

  it("healthcare: blocks a clinic letter shown to two patients, but not a routine one", async () => {
    const policy = await loadExample("healthcare.json");
    const letter: Message = {
      from: "nurse@riverside-clinic.nhs.uk",
      subject: "Your clinic appointment",
      body: "Please bring your test results.",
      to: customers(2),
      cc: ["gp@nhs.net"],
    };
    expect(evaluate(letter, policy)).toMatchObject({ action: "block", sensitive: true });
    expect(evaluate({ ...letter, subject: "Parking", body: "The car park is closed on Friday." }, policy).action).toBe(
      "warn",
    );
  });

  it("warn-only-rollout: warns where the default policy would block", async () => {
    const policy = await loadExample("warn-only-rollout.json");
    const message: Message = { from: "news@contoso.com", to: customers(300) };
    expect(evaluate(message, DEFAULT_POLICY).action).toBe("block");
    expect(evaluate(message, policy).action).toBe("warn");
  });

  it("monitor-rollout: decides as enforce would (the send handler then only records it)", async () => {
    const policy = await loadExample("monitor-rollout.json");
    const message: Message = { from: "news@contoso.com", to: customers(300) };
    expect(policy.mode).toBe("monitor");
    expect(evaluate(message, policy).action).toBe("block");
  });
});
