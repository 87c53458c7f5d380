// Test support: fast-check arbitraries for the property tests, messages someone could really compose and any
// text a host might hand the engine.
import fc from "fast-check";
import type { Arbitrary } from "fast-check";

import { DEFAULT_POLICY } from "../../src/engine/index.ts";
import type { Message, Policy, RecipientInput } from "../../src/engine/index.ts";

/*
 * Arbitraries. Addresses are drawn from small pools of local parts and domains so that the same person
 * turns up again in other fields, written another way (case, display name, IDN spelling, trailing dot).
 */

/** Domains by the rule they exercise; the keys document the mix, the arbitraries draw from all of them. */
const DOMAINS_BY_KIND = {
  internal: ["contoso.com", "Contoso.COM", "uk.contoso.com", "eu.mail.contoso.com", "contoso.com."],
  lookalike: ["badcontoso.com", "contoso.com.evil.io", "contoso.co", "contoso-com.net"],
  consumer: [
    "gmail.com",
    "GMail.com",
    "orange.fr",
    "btinternet.com",
    "yahoo.co.jp",
    "qq.com",
    "web.de",
    "libero.it",
    "naver.com",
    "bigpond.com",
  ],
  relay: ["privaterelay.appleid.com", "mozmail.com", "anna.anonaddy.com", "guest.booking.com", "marketplace.amazon.de"],
  organization: ["acme.com", "sales.acme.com", "fabrikam.com", "globex.de", "initech.fr"],
  twoLevelSuffix: ["acme.co.uk", "shop.acme.co.uk", "umbrella.com.au", "hooli.co.jp", "x.kent.sch.uk", "d1.k12.il.us"],
  idn: ["münchen.de", "xn--mnchen-3ya.de", "MÜNCHEN.de", "mu\u0308nchen.de", "straße.de"],
} as const;

const ALL_DOMAINS: string[] = Object.values(DOMAINS_BY_KIND).flat();
const LOCAL_PARTS = ["anna", "Bob", "chen.li", "d.oneil", "eve+news", "F"];
const DISPLAY_NAMES = ["Anna Berg", "Berg, Anna", "Ōta Hiro", "x@evil.io", "[click](https://evil.example)"];

/** Entries that have no usable address: every one is unresolved. */
export const UNRESOLVED_ENTRIES: readonly RecipientInput[] = [
  "",
  "   ",
  "Sales Team",
  "bob@",
  "@contoso.com",
  "anna@contoso..com",
  "first last@acme.com",
  "Team <>",
  { emailAddress: "", displayName: "All Staff" },
  { emailAddress: "Marketing (contact group)" },
  { emailAddress: "", displayName: "PrEP patients", recipientType: "distributionList" },
  "Name <broken",
];

/** An address as a local part and a domain, before it is written into an entry. */
interface TestPerson {
  local: string;
  domain: string;
}

const personArb: Arbitrary<TestPerson> = fc.record({
  local: fc.constantFrom(...LOCAL_PARTS),
  domain: fc.constantFrom(...ALL_DOMAINS),
});

/** A mask of upper/lower choices, applied cyclically by `recase`. */
export const caseMaskArb: Arbitrary<boolean[]> = fc.array(fc.boolean(), { minLength: 1, maxLength: 16 });

/**
 * Changes letter case without changing what the text means: a character is changed only when lower-casing
 * gives back the original's lower case (so `ß` never becomes `SS`).
 */
export function recase(text: string, mask: readonly boolean[]): string {
  return Array.from(text, (char, i) => {
    const upper = char.toUpperCase();
    if (!mask[i % mask.length]) return char.toLowerCase();
    return upper.length === char.length && upper.toLowerCase() === char.toLowerCase() ? upper : char;
  }).join("");
}

/** The ways Outlook or a CLI user could write an address as a recipient. */
const ENTRY_FORMS: readonly ((address: string, name: string) => RecipientInput)[] = [
  (address) => address,
  (address) => `  ${address}\t`,
  (address, name) => `${name} <${address}>`,
  (address, name) => `"${name}" <${address}>`,
  (address, name) => ({ emailAddress: address, displayName: name }),
  (address) => ({ emailAddress: address }),
  (address) => ({ emailAddress: `Someone <${address}>`, recipientType: "externalUser" }),
];

// Built with map rather than chain: these run for every entry of every message, and chain is slow.
function writtenPersonArb(people: readonly TestPerson[]): Arbitrary<RecipientInput> {
  return fc
    .tuple(fc.constantFrom(...people), caseMaskArb, fc.constantFrom(...ENTRY_FORMS), fc.constantFrom(...DISPLAY_NAMES))
    .map(([person, mask, form, name]) => form(recase(`${person.local}@${person.domain}`, mask), name));
}

function fieldArb(pool: readonly TestPerson[], withUnresolved: boolean): Arbitrary<RecipientInput[]> {
  const unresolved = fc.constantFrom(...UNRESOLVED_ENTRIES);
  if (pool.length === 0) return fc.array(unresolved, { maxLength: withUnresolved ? 3 : 0 });
  const person = writtenPersonArb(pool);
  const entry = withUnresolved
    ? fc.oneof({ weight: 8, arbitrary: person }, { weight: 1, arbitrary: unresolved })
    : person;
  return fc.array(entry, { maxLength: 12 });
}

const SUBJECTS = ["Your feedback", "HIV clinic newsletter", "Q3 numbers", "Invitation: sexual\n health  day", ""];
const KEYWORDS = ["HIV", "sexual health", "patient", "検査"];

/** A policy as an admin could write it: every field drawn, always valid under the schema's rules. */
const policyArb: Arbitrary<Policy> = fc
  .record({
    internalDomains: fc.subarray(["contoso.com", "Fabrikam.COM.", "münchen.de"]),
    senderDomainIsInternal: fc.boolean(),
    consumerDomains: fc.subarray(["acme.com", "initech.fr"]),
    notConsumerDomains: fc.subarray(["bigpond.com", "guest.booking.com"]),
    contactGroups: fc.constantFrom("warn" as const, "block" as const, "allow" as const),
    exemptRecipients: fc.array(
      fc.tuple(personArb, caseMaskArb).map(([p, mask]) => recase(`${p.local}@${p.domain}`, mask)),
      { maxLength: 3 },
    ),
    thresholds: fc
      .integer({ min: 2, max: 8 })
      .chain((warnAt) => fc.integer({ min: warnAt, max: 25 }).map((blockAt) => ({ warnAt, blockAt }))),
    sensitive: fc.record({
      keywords: fc.subarray(KEYWORDS),
      warnAt: fc.constant(2),
      blockAt: fc.integer({ min: 2, max: 4 }),
    }),
    largeAudience: fc.record({ warnAt: fc.option(fc.integer({ min: 2, max: 30 }), { nil: null }) }),
    mode: fc.constantFrom("enforce" as const, "warn-only" as const),
    moveToBcc: fc.record({
      scope: fc.constantFrom("external" as const, "all" as const),
      keepSenderInTo: fc.boolean(),
    }),
  })
  .map((drawn) => ({ ...DEFAULT_POLICY, organization: "Contoso", ...drawn }));

/**
 * A message someone could really compose, with the policy it is checked under. The sender is often among
 * the recipients too, the same people recur across To, Cc and Bcc written differently, about half the
 * messages hold unresolved entries, and the policy often exempts someone who is on the message.
 */
export const composedMessageArb: Arbitrary<{ message: Message; policy: Policy }> = fc
  .record({
    policy: policyArb,
    sender: fc.option(personArb, { nil: null }),
    others: fc.array(personArb, { maxLength: 10 }),
    withUnresolved: fc.boolean(),
    subject: fc.constantFrom(...SUBJECTS),
    body: fc.constantFrom("", "Dear all,\nplease find attached", "Your HIV-test results", "archive attached"),
  })
  .chain(({ policy, sender, others, withUnresolved, subject, body }) => {
    const pool = sender ? [sender, ...others] : others;
    const from = sender ? writtenPersonArb([sender]) : fc.constantFrom<RecipientInput | null>(null, "", "Sales Team");
    const exemptFromPool =
      pool.length === 0
        ? fc.constant([])
        : fc.array(
            fc.tuple(fc.constantFrom(...pool), caseMaskArb).map(([p, mask]) => recase(`${p.local}@${p.domain}`, mask)),
            { maxLength: 2 },
          );
    return fc
      .record({
        from,
        to: fieldArb(pool, withUnresolved),
        cc: fieldArb(pool, withUnresolved),
        bcc: fieldArb(pool, withUnresolved),
        exempt: exemptFromPool,
      })
      .map(({ exempt, ...fields }) => ({
        policy: { ...policy, exemptRecipients: [...policy.exemptRecipients, ...exempt] },
        message: { subject, body, ...fields },
      }));
  });

/**
 * Any code point, lone surrogates included, weighted towards the characters that mean something in an address.
 * (fast-check's own "binary" unit costs over a second to build, which would dominate the suite.)
 */
const anyCharArb: Arbitrary<string> = fc.oneof(
  fc.constantFrom("@", ".", "<", ">", '"', " ", "\t", "-", "ü", "ß", "İ", "\u3002", "\uff0e", "\u0000", "\ud800"),
  fc.integer({ min: 0, max: 0x10ffff }).map((codePoint) => String.fromCodePoint(codePoint)),
  fc.string({ unit: "binary-ascii", minLength: 1, maxLength: 1 }),
);

/** Any text as a string entry. */
export const anyTextArb = (maxLength: number): Arbitrary<string> => fc.string({ unit: anyCharArb, maxLength });

/** Any text at all as an entry, to show the engine never throws on what a host might hand it. */
export const anyEntryArb: Arbitrary<RecipientInput> = fc.oneof(
  anyTextArb(40),
  fc.record({ emailAddress: anyTextArb(40), displayName: anyTextArb(20) }, { requiredKeys: ["emailAddress"] }),
  fc.tuple(anyTextArb(10), anyTextArb(20)).map(([local, domain]) => `${local}@${domain}`),
);

/** Contoso's policy with each way Move to Bcc can be set: whom it moves, and whether the sender goes into an emptied To. */
export const movePolicyArb: Arbitrary<Policy> = fc
  .record({ scope: fc.constantFrom("external", "all"), keepSenderInTo: fc.boolean() })
  .map((moveToBcc): Policy => ({
    ...DEFAULT_POLICY,
    internalDomains: ["contoso.com"],
    moveToBcc: moveToBcc as Policy["moveToBcc"],
  }));
