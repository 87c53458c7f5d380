import { z } from "zod";

import { DEFAULT_POLICY } from "./defaultPolicy.ts";
import { normalizeAddress, normalizeDomain } from "./normalizeAddress.ts";
import { createPersonalDomainTest } from "./personalDomains.ts";
import { foldWords } from "./sensitiveKeywords.ts";
import { MAX_ORGANIZATION_LENGTH, POLICY_LIST_LIMITS } from "./policy.ts";
import { isPublicSuffix } from "./publicSuffixCheck.ts";
import { registrableDomain } from "./registrableDomain.ts";
import type { Policy } from "./policy.ts";

/*
 * The policy schema, written once. zod was chosen because one definition gives the runtime validator with
 * precise issue paths, the TypeScript type check against `Policy`, and (z.toJSONSchema) the JSON Schema that
 * admins' editors use, so the three cannot drift. Only the CLI and the build import this file: the bundles
 * receive an already-validated policy and never carry the validator.
 */

const threshold = (description: string, fallback: number) =>
  z
    .number({ error: "must be a whole number" })
    .int({ error: "must be a whole number" })
    .min(2, { error: "must be at least 2 (one party alone exposes nobody)" })
    .max(100_000, { error: "must be at most 100000" })
    .default(fallback)
    .meta({ description });

const domain = z.string({ error: "must be a domain such as contoso.com" }).superRefine((value, ctx) => {
  if (value.includes("@")) {
    const suggestion = value.slice(value.lastIndexOf("@") + 1);
    ctx.addIssue({ code: "custom", message: `is an address, not a domain: write ${quote(suggestion)}` });
  } else if (value.trim().startsWith("*.")) {
    ctx.addIssue({
      code: "custom",
      message: `wildcards are not needed: ${quote(value.trim().slice(2))} already covers its subdomains`,
    });
  } else if (normalizeDomain(value) === null || !normalizeDomain(value)?.includes(".")) {
    ctx.addIssue({ code: "custom", message: `${quote(value)} is not a domain such as contoso.com` });
  }
});

const address = z.string({ error: "must be an email address" }).superRefine((value, ctx) => {
  if (!normalizeAddress(value).resolved)
    ctx.addIssue({ code: "custom", message: `${quote(value)} is not an email address` });
});

/** A domain nobody owns (`co.uk`, `github.io`) names no organisation: refused wherever one is expected. */
const ownedDomain = domain.superRefine((value, ctx) => {
  const normalized = normalizeDomain(value);
  if (normalized !== null && normalized.includes(".") && isPublicSuffix(normalized))
    ctx.addIssue({
      code: "custom",
      message: `${quote(value)} is a public suffix shared by many organisations: write a domain of your own, such as contoso.${normalized}`,
    });
});

const domainList = (limit: number) =>
  z
    .array(ownedDomain, { error: "must be a list of domains" })
    .max(limit, { error: `must hold at most ${limit} domains` });

const ordered = <T extends { warnAt: number; blockAt: number }>(value: T, ctx: z.RefinementCtx) => {
  if (value.warnAt > value.blockAt)
    ctx.addIssue({
      code: "custom",
      path: ["warnAt"],
      message: `is ${value.warnAt} but must not be greater than blockAt, which is ${value.blockAt}`,
    });
};

const keyword = z
  .string({ error: "must be a word or phrase" })
  .trim()
  .min(1, { error: "must not be empty" })
  .max(100, { error: "must be at most 100 characters" })
  .superRefine((value, ctx) => {
    if (value === "") return;
    const body = value.endsWith("*") ? value.slice(0, -1) : value;
    if (body.includes("*"))
      ctx.addIssue({
        code: "custom",
        message: `${quote(value)}: * is allowed only at the end (patient* for patients)`,
      });
    else if (foldWords(body) === "")
      ctx.addIssue({ code: "custom", message: `${quote(value)} has no letter or digit, so it would never match` });
  });

const d = DEFAULT_POLICY;

export const PolicySchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: "Path or URL of this JSON Schema, for editors. Ignored." }),
    version: z.literal(1, { error: "must be 1" }).default(1).meta({ description: "Policy file format version." }),
    organization: z
      .string({ error: "must be a string" })
      .max(MAX_ORGANIZATION_LENGTH, {
        error: `must be at most ${MAX_ORGANIZATION_LENGTH} characters so that alerts fit Outlook's limits`,
      })
      // Outlook counts UTF-16 units (an emoji is two); zod's max counts characters, so check both.
      .refine((name) => name.length <= MAX_ORGANIZATION_LENGTH || [...name].length > MAX_ORGANIZATION_LENGTH, {
        error: `must be at most ${MAX_ORGANIZATION_LENGTH} characters (emoji count as two) so that alerts fit Outlook's limits`,
      })
      .default(d.organization)
      .meta({
        description: 'Organisation name shown in alerts ("people outside Contoso"). Empty: "your organisation".',
      }),
    internalDomains: domainList(POLICY_LIST_LIMITS.internalDomains)
      .default(d.internalDomains)
      .meta({ description: "Domains of colleagues; their subdomains are included (uk.contoso.com for contoso.com)." }),
    senderDomainIsInternal: z.boolean({ error: "must be true or false" }).default(d.senderDomainIsInternal).meta({
      description:
        "Treat the sender's own domain and its subdomains as internal (never a consumer provider such as gmail.com).",
    }),
    consumerDomains: domainList(POLICY_LIST_LIMITS.consumerDomains).default(d.consumerDomains).meta({
      description:
        "Extra personal mail providers or relays, with their subdomains, on top of the built-in lists (each address there is a private person, a party of its own).",
    }),
    notConsumerDomains: domainList(POLICY_LIST_LIMITS.notConsumerDomains).default(d.notConsumerDomains).meta({
      description:
        "Organisations that a built-in provider list names as personal mail (a partner company that happens to be on it), with their subdomains. Wins over consumerDomains.",
    }),
    exemptRecipients: z
      .array(address, { error: "must be a list of email addresses" })
      .max(POLICY_LIST_LIMITS.exemptRecipients, {
        error: `must hold at most ${POLICY_LIST_LIMITS.exemptRecipients} addresses`,
      })
      .default(d.exemptRecipients)
      .meta({
        description: "Addresses never counted as visible and never moved, whatever the scope, e.g. a shared mailbox.",
      }),
    contactGroups: z
      .enum(["warn", "block", "allow"], { error: 'must be "warn", "block" or "allow"' })
      .default(d.contactGroups)
      .meta({
        description:
          'A personal contact group in To or Cc: Outlook expands it at Send, so its members see each other and nobody can count them. "warn", "block" or "allow"; a sensitive message with one is blocked unless "allow".',
      }),
    thresholds: z
      .strictObject(
        {
          warnAt: threshold("Warn (Send Anyway offered) from this many exposed parties.", d.thresholds.warnAt),
          blockAt: threshold("Block from this many exposed parties.", d.thresholds.blockAt),
        },
        { error: 'must be an object such as { "warnAt": 5, "blockAt": 20 }' },
      )
      .superRefine(ordered)
      .prefault({})
      .meta({
        description: "Thresholds on exposed parties: outside organisations and private people who see each other.",
      }),
    sensitive: z
      .strictObject(
        {
          keywords: z
            .array(keyword, { error: "must be a list of words or phrases" })
            .max(POLICY_LIST_LIMITS.keywords, { error: `must hold at most ${POLICY_LIST_LIMITS.keywords} keywords` })
            .default(d.sensitive.keywords)
            .meta({
              description:
                "Words or phrases that make a message sensitive, in subject or body: compared after Unicode NFKC and case folding, any character other than a letter or digit separates words (mental-health is mental health), and a keyword ending in * matches words starting with it (patient*).",
            }),
          warnAt: threshold("Warn from this many exposed parties on a sensitive message.", d.sensitive.warnAt),
          blockAt: threshold("Block from this many exposed parties on a sensitive message.", d.sensitive.blockAt),
        },
        { error: 'must be an object such as { "keywords": ["HIV"], "warnAt": 2, "blockAt": 3 }' },
      )
      .superRefine(ordered)
      .prefault({})
      .meta({
        description:
          "Sensitive messages use their own thresholds, which may only be stricter (lower or equal) than the normal ones.",
      }),
    largeAudience: z
      .strictObject(
        {
          warnAt: z
            .number({ error: "must be a whole number or null" })
            .int({ error: "must be a whole number or null" })
            .min(2, { error: "must be at least 2" })
            .nullable()
            .default(d.largeAudience.warnAt)
            .meta({
              description: "Warn when this many people are visible in To and Cc at all; null turns the rule off.",
            }),
        },
        { error: 'must be an object such as { "warnAt": 100 }' },
      )
      .prefault({})
      .meta({ description: "Reply-all storm risk, colleagues included." }),
    mode: z
      .enum(["enforce", "warn-only", "monitor"], { error: 'must be "enforce", "warn-only" or "monitor"' })
      .default(d.mode)
      .meta({
        description:
          '"warn-only" turns every block into a warning; "monitor" decides as usual but never interrupts the sender and only records the verdict (for a gentle rollout: monitor, then warn-only, then enforce).',
      }),
    onError: z
      .enum(["allow", "warn", "block"], { error: 'must be "allow", "warn" or "block"' })
      .default(d.onError)
      .meta({ description: "What Send does when the recipients cannot be read." }),
    moveToBcc: z
      .strictObject(
        {
          scope: z.enum(["external", "all"], { error: 'must be "external" or "all"' }).default(d.moveToBcc.scope).meta({
            description:
              '"external" moves outside people and keeps colleagues visible; "all" moves everyone but the sender.',
          }),
          keepSenderInTo: z
            .boolean({ error: "must be true or false" })
            .default(d.moveToBcc.keepSenderInTo)
            .meta({ description: "When To would be empty after the move, put the sender in To." }),
        },
        { error: 'must be an object such as { "scope": "external", "keepSenderInTo": true }' },
      )
      .prefault({})
      .meta({ description: 'How "Move to Bcc" rearranges the recipients.' }),
  })
  .superRefine(checkAcrossFields)
  .meta({
    title: "BCC Guard policy",
    description: "One policy for the whole organisation, compiled into the add-in at build time.",
  });

/**
 * The rules that read two fields: the sensitive thresholds may only be stricter than the normal ones, and an
 * internal domain may not be a personal mail provider or relay (after `notConsumerDomains`).
 */
function checkAcrossFields(
  policy: {
    internalDomains: string[];
    consumerDomains: string[];
    notConsumerDomains: string[];
    thresholds: { warnAt: number; blockAt: number };
    sensitive: { warnAt: number; blockAt: number };
  },
  ctx: z.RefinementCtx,
): void {
  for (const key of ["warnAt", "blockAt"] as const) {
    const normal = policy.thresholds[key];
    const sensitive = policy.sensitive[key];
    // A threshold already refused on its own (below 2, not whole) is not compared again.
    if (Number.isInteger(normal) && normal >= 2 && sensitive > normal)
      ctx.addIssue({
        code: "custom",
        path: ["sensitive", key],
        message: `is ${sensitive} but must not be greater than thresholds.${key}, which is ${normal}: a sensitive message may only be judged more strictly`,
      });
  }
  const normalize = (list: string[]) => list.map(normalizeDomain).filter((x): x is string => x !== null);
  const isPersonal = createPersonalDomainTest(normalize(policy.consumerDomains), normalize(policy.notConsumerDomains));
  policy.internalDomains.forEach((value, index) => {
    const normalized = normalizeDomain(value);
    if (normalized !== null && isPersonal(normalized, registrableDomain(normalized)))
      ctx.addIssue({
        code: "custom",
        path: ["internalDomains", index],
        message: `${quote(value)} is a personal mail provider or relay, whose addresses are strangers to each other, not colleagues; if it really is your organisation's own domain, also list it in notConsumerDomains`,
      });
  });
}

// Holds the schema and the documented `Policy` type together: a drift in either fails the type check.
type SchemaPolicy = Omit<z.output<typeof PolicySchema>, "$schema">;
const schemaMatchesType: [SchemaPolicy, Policy] extends [Policy, SchemaPolicy] ? true : never = true;
void schemaMatchesType;

/** One problem in a policy file, at a JSON path such as `thresholds.warnAt` or `internalDomains[1]`. */
export interface PolicyProblem {
  path: string;
  message: string;
}

export type PolicyResult = { ok: true; policy: Policy } | { ok: false; problems: PolicyProblem[] };

/** Validates a parsed policy file and fills in every default. Never throws on bad input. */
export function parsePolicy(input: unknown): PolicyResult {
  const result = PolicySchema.safeParse(input);
  if (result.success) {
    const { $schema: _ignored, ...policy } = result.data;
    return { ok: true, policy };
  }
  return { ok: false, problems: result.error.issues.flatMap(toProblems) };
}

/** The JSON Schema of the policy file (what admins' editors validate against). */
export function policyJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(PolicySchema, { io: "input", target: "draft-2020-12" }) as Record<string, unknown>;
}

function toProblems(issue: z.core.$ZodIssue): PolicyProblem[] {
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({
      path: formatPath([...issue.path, key]),
      message: unknownKeyMessage(key, issue.path),
    }));
  }
  if (issue.code === "invalid_type" && issue.path.length === 0)
    return [{ path: "(root)", message: "the policy must be a JSON object" }];
  return [{ path: formatPath(issue.path), message: issue.message }];
}

/** `["thresholds", "warnAt"]` → `thresholds.warnAt`; `["internalDomains", 2]` → `internalDomains[2]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(root)";
  return path
    .map((segment, i) => {
      if (typeof segment === "number") return `[${segment}]`;
      const key = String(segment);
      // A key that is not a plain name (empty, spaces, line breaks) is quoted, so each problem stays one line.
      return IDENTIFIER.test(key) ? `${i === 0 ? "" : "."}${key}` : `[${quote(key)}]`;
    })
    .join("");
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A value or key as JSON, cut to 60 characters: a problem line must stay short and on one line. */
export function quote(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 59)}…` : value);
}

function unknownKeyMessage(key: string, parentPath: readonly PropertyKey[]): string {
  let shape: Record<string, unknown> = PolicySchema.shape;
  for (const segment of parentPath) {
    const child = shape[String(segment)] as { def?: { innerType?: unknown } } | undefined;
    shape = objectShape(child);
  }
  const known = Object.keys(shape);
  const suggestion = known.find((candidate) => editDistance(candidate.toLowerCase(), key.toLowerCase()) <= 2);
  return suggestion ? `unknown key (did you mean "${suggestion}"?)` : `unknown key (allowed: ${known.join(", ")})`;
}

function objectShape(schema: unknown): Record<string, unknown> {
  let current = schema as { shape?: Record<string, unknown>; def?: { innerType?: unknown; in?: unknown } } | undefined;
  for (let depth = 0; current && depth < 5; depth += 1) {
    if (current.shape) return current.shape;
    current = (current.def?.innerType ?? current.def?.in) as typeof current;
  }
  return {};
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j] ?? 0;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}
