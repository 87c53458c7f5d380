import { isConsumerDomain } from "./consumerDomains.ts";
import { createDomainMatcher } from "./domainMatch.ts";
import type { Message, RecipientField, RecipientInput } from "./message.ts";
import { RECIPIENT_FIELDS } from "./message.ts";
import { normalizeAddress, normalizeDomain } from "./normalizeAddress.ts";
import type { NormalizedAddress, ResolvedAddress } from "./normalizeAddress.ts";
import type { Policy } from "./policy.ts";
import { registrableDomain } from "./publicSuffixes.ts";

/** One person (or one unresolved entry) visible in To or Cc. */
export interface VisibleRecipient {
  /** The identity, or `unresolved:<field>:<index>` for an entry with no usable address. */
  key: string;
  recipient: NormalizedAddress;
  /** Fields this person appears in, in To, Cc, Bcc order. */
  fields: RecipientField[];
  internal: boolean;
  /** Only for externals: the organisation (registrable domain), the address for a private person, or the key. */
  party: string | null;
  /** What kind of party: an organisation, a private address at a consumer provider, or an unresolved entry. */
  partyKind: "organization" | "personal" | "unresolved" | null;
}

/** Who can see whom: the analysis every decision is made from. */
export interface Audience {
  visible: VisibleRecipient[];
  /** Unique resolved identities that appear only in Bcc. */
  bccOnly: ResolvedAddress[];
  /** Visible people exempted by the policy (they are neither counted nor moved). */
  exempt: ResolvedAddress[];
  sender: ResolvedAddress | null;
}

/**
 * Deduplicates To, Cc and Bcc by identity and classifies each visible person under the policy.
 * Pure: the same message and policy always give the same audience.
 */
export function analyzeAudience(message: Message, policy: Policy): Audience {
  const sender = message.from ? resolvedOrNull(normalizeAddress(message.from)) : null;
  const internalDomains = normalizeDomains(policy.internalDomains);
  const consumerDomains = normalizeDomains(policy.consumerDomains);
  // A sender on a consumer provider (a personal gmail.com account) shares that domain with strangers, not
  // with colleagues: counting it internal would hide 300 Gmail customers. Such a domain stays external.
  if (policy.senderDomainIsInternal && sender && !isConsumerDomain(sender.domain, consumerDomains))
    internalDomains.push(sender.domain);
  const domainKind = createDomainClassifier(internalDomains, consumerDomains);
  const exemptIds = new Set(policy.exemptRecipients.map(exemptIdentity).filter((id): id is string => id !== null));

  const byKey = new Map<string, { recipient: NormalizedAddress; fields: RecipientField[] }>();
  for (const field of RECIPIENT_FIELDS) {
    const list: readonly RecipientInput[] = message[field] ?? [];
    list.forEach((input, index) => {
      const recipient = normalizeAddress(input);
      const key = recipient.resolved ? recipient.identity : `unresolved:${field}:${index}`;
      const seen = byKey.get(key);
      if (!seen) byKey.set(key, { recipient, fields: [field] });
      else if (!seen.fields.includes(field)) seen.fields.push(field);
    });
  }

  const visible: VisibleRecipient[] = [];
  const bccOnly: ResolvedAddress[] = [];
  const exempt: ResolvedAddress[] = [];
  for (const [key, { recipient, fields }] of byKey) {
    const isVisible = fields.includes("to") || fields.includes("cc");
    if (!isVisible) {
      if (recipient.resolved) bccOnly.push(recipient);
      continue;
    }
    if (recipient.resolved && exemptIds.has(recipient.identity)) {
      exempt.push(recipient);
      continue;
    }
    visible.push(classify(key, recipient, fields, domainKind));
  }
  return { visible, bccOnly, exempt, sender };
}

type DomainKind = { internal: true } | { internal: false; consumer: boolean; registrable: string };

/** Classifies each distinct domain once per analysis: a list of 1,000 people has only a handful of domains. */
function createDomainClassifier(internalDomains: readonly string[], consumerDomains: readonly string[]) {
  const isInternal = createDomainMatcher(internalDomains);
  const known = new Map<string, DomainKind>();
  return (domain: string): DomainKind => {
    let kind = known.get(domain);
    if (!kind) {
      kind = isInternal(domain)
        ? { internal: true }
        : {
            internal: false,
            consumer: isConsumerDomain(domain, consumerDomains),
            registrable: registrableDomain(domain),
          };
      known.set(domain, kind);
    }
    return kind;
  };
}

function classify(
  key: string,
  recipient: NormalizedAddress,
  fields: RecipientField[],
  domainKind: (domain: string) => DomainKind,
): VisibleRecipient {
  if (!recipient.resolved) return { key, recipient, fields, internal: false, party: key, partyKind: "unresolved" };
  const kind = domainKind(recipient.domain);
  if (kind.internal) return { key, recipient, fields, internal: true, party: null, partyKind: null };
  if (kind.consumer)
    return { key, recipient, fields, internal: false, party: recipient.identity, partyKind: "personal" };
  return { key, recipient, fields, internal: false, party: kind.registrable, partyKind: "organization" };
}

function normalizeDomains(domains: readonly string[]): string[] {
  return domains.map(normalizeDomain).filter((d): d is string => d !== null);
}

function exemptIdentity(address: string): string | null {
  const normalized = normalizeAddress(address);
  return normalized.resolved ? normalized.identity : null;
}

function resolvedOrNull(address: NormalizedAddress): ResolvedAddress | null {
  return address.resolved ? address : null;
}
