import { displayAddress, displayDomain } from "../../engine/index.ts";
import type { Audience } from "../../engine/index.ts";

/** A visible person, as the pane lists them. */
export interface ListedPerson {
  name: string;
  address: string;
}

/** Visible outside people who share a party: one organisation, or all personal addresses together. */
export interface PartyGroup {
  /**
   * The registrable domain as people write it ("münchen.de", never "xn--mnchen-3ya.de"), or "personal" for
   * addresses at personal mail providers and relays.
   */
  key: string;
  kind: "organization" | "personal";
  people: ListedPerson[];
}

/** Who is visible in To and Cc, arranged for the pane. */
export interface AudienceGroups {
  /** Largest first; equal sizes in alphabetical order of the domain, personal addresses before organisations. */
  groups: PartyGroup[];
  /** Personal contact groups, in the order they appear. */
  contactGroups: ListedPerson[];
  /** Entries that are not addresses (typos), in the order they appear. */
  unresolved: ListedPerson[];
  /** Visible people outside the organisation, unresolved entries included (as the verdict counts them). */
  outside: number;
  colleagues: number;
}

/**
 * Groups the visible outside people by party. The engine counts each personal address as a party of its own;
 * the pane shows them together because, to the reader, "280 personal addresses" is one fact, not 280.
 */
export function groupAudience(audience: Audience): AudienceGroups {
  const byKey = new Map<string, PartyGroup>();
  const unresolved: ListedPerson[] = [];
  const contactGroups: ListedPerson[] = [];
  let colleagues = 0;
  let outside = 0;
  for (const person of audience.visible) {
    if (person.internal) {
      colleagues += 1;
      continue;
    }
    outside += 1;
    const { recipient } = person;
    const listed = {
      name: recipient.displayName === recipient.address ? displayAddress(recipient.address) : recipient.displayName,
      address: displayAddress(recipient.address),
    };
    if (!recipient.resolved) {
      (recipient.kind === "contact-group" ? contactGroups : unresolved).push(listed);
      continue;
    }
    const kind = person.partyKind === "personal" ? "personal" : "organization";
    const key = kind === "personal" ? "personal" : displayDomain(person.party ?? recipient.domain);
    const group = byKey.get(key) ?? { key, kind, people: [] };
    group.people.push(listed);
    byKey.set(key, group);
  }
  const groups = [...byKey.values()].sort(
    (a, b) =>
      b.people.length - a.people.length ||
      (a.kind === b.kind ? a.key.localeCompare(b.key) : a.kind === "personal" ? -1 : 1),
  );
  return { groups, contactGroups, unresolved, outside, colleagues };
}
