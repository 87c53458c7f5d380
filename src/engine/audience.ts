import { createDomainMatcher } from "./domainMatch.ts";
import type { Message, RecipientField, RecipientInput } from "./message.ts";
import { RECIPIENT_FIELDS } from "./message.ts";
import { normalizeAddress, normalizeDomain } from "./normalizeAddress.ts";
import type { NormalizedAddress, ResolvedAddress } from "./normalizeAddress.ts";
import { createPersonalDomainTest } from "./personalDomains.ts";
import type { Policy } from "./policy.ts";
import { registrableDomain } from "./registrableDomain.ts";

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
  /**
   * What kind of party: an organisation, a private address (at a personal mail provider or relay), a
   * contact group, or an entry that is not an address.
   */
  partyKind: "organization" | "personal" | "contact-group" | "not-an-address" | null;
}

/** Who can see whom: the analysis every decision is made from. */
export interface Audience {
  visible: VisibleRecipient[];
  /** Unique resolved identities that appear only in Bcc. */
  bccOnly: ResolvedAddress[];
  /** Visible people exempted by the policy (they are neither counted nor moved). */
  exempt: ResolvedAddress[];
  sender: ResolvedAddress | null;
  /**
   * The sender's organisation (registrable domain of the sender's address) when `senderDomainIsInternal` made
   * it internal; `null` when off, unknown, or a personal provider or relay (the sender shares it with strangers).
   */
  senderOrganization: string | null;
  /** Each field's entries as read for this analysis, in order, so that the plan need not read them again. */
  entries: Record<RecipientField, NormalizedAddress[]>;
}

/**
 * Deduplicates To, Cc and Bcc by identity and classifies each visible person under the policy.
 * Pure: the same message and policy always give the same audience.
 */
export function analyzeAudience(message: Message, policy: Policy): Audience {
  const sender = message.from ? resolvedOrNull(normalizeAddress(message.from)) : null;
  const internalDomains = normalizeDomains(policy.internalDomains);
  const isPersonal = createPersonalDomainTest(
    normalizeDomains(policy.consumerDomains),
    normalizeDomains(policy.notConsumerDomains),
  );
  // The sender's organisation is the registrable domain of their address (uk.contoso.com → contoso.com, so
  // colleagues anywhere in contoso.com are internal), never a personal provider or relay: a tradesman on
  // bigpond.com shares that domain with strangers, and counting it internal would hide all his customers.
  let senderOrganization: string | null = null;
  if (policy.senderDomainIsInternal && sender) {
    const organization = registrableDomain(sender.domain);
    if (!isPersonal(sender.domain, organization)) senderOrganization = organization;
  }
  if (senderOrganization !== null) internalDomains.push(senderOrganization);
  const domainKind = createDomainClassifier(internalDomains, isPersonal);
  const exemptIds = new Set(policy.exemptRecipients.map(exemptIdentity).filter((id): id is string => id !== null));

  const byKey = new Map<string, { recipient: NormalizedAddress; fields: RecipientField[] }>();
  const entries: Record<RecipientField, NormalizedAddress[]> = { to: [], cc: [], bcc: [] };
  for (const field of RECIPIENT_FIELDS) {
    const list: readonly RecipientInput[] = message[field] ?? [];
    list.forEach((input, index) => {
      const recipient = normalizeAddress(input);
      entries[field].push(recipient);
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
  return { visible, bccOnly, exempt, sender, senderOrganization, entries };
}

type DomainKind = { internal: true } | { internal: false; personal: boolean; registrable: string };

/**
 * Classifies each distinct domain once per analysis: a list of 1,000 people has only a handful of domains.
 * A personal domain is never internal, even under an internal domain (`marketplace.amazon.de` for a sender
 * at amazon.de, `guest.booking.com` for one at booking.com): those addresses are customers.
 */
function createDomainClassifier(
  internalDomains: readonly string[],
  isPersonal: (domain: string, registrable: string) => boolean,
) {
  const isInternal = createDomainMatcher(internalDomains);
  const known = new Map<string, DomainKind>();
  return (domain: string): DomainKind => {
    let kind = known.get(domain);
    if (!kind) {
      const registrable = registrableDomain(domain);
      const personal = isPersonal(domain, registrable);
      kind = !personal && isInternal(domain) ? { internal: true } : { internal: false, personal, registrable };
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
  if (!recipient.resolved) return { key, recipient, fields, internal: false, party: key, partyKind: recipient.kind };
  const kind = domainKind(recipient.domain);
  if (kind.internal) return { key, recipient, fields, internal: true, party: null, partyKind: null };
  if (kind.personal)
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
