import type { Recipient } from "../src/engine/index.ts";

/** The organisation the benchmarks send from: the fake Outlook's default sender is agent@contoso.com. */
export const BENCH_INTERNAL_DOMAIN = "contoso.com";

const WEBMAIL = ["gmail.com", "outlook.com", "hotmail.co.uk", "orange.fr", "btinternet.com", "yahoo.co.jp", "web.de"];
const FIRST = ["Ann", "Bob", "Chen", "Dana", "Emeka", "Fatima", "Gustav", "Hiro", "Inès", "José", "Kasia", "Liam"];
const LAST = ["Lee", "Stone", "Li", "O'Neil", "Okafor", "Haddad", "Berg", "Ōta", "Moreau", "García", "Nowak", "Byrne"];

/** A small deterministic generator, so that every run of the benchmarks measures the same lists. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface MixedList {
  to: Recipient[];
  cc: Recipient[];
  bcc: Recipient[];
}

/**
 * `count` recipients as a real mass mailing looks: mostly customers at webmail providers, business contacts
 * at a few dozen companies (subdomains, co.uk, IDN), colleagues, the odd person typed twice in another case,
 * and (with `contactGroups`) a few unresolved contact groups. About 70 % in To,
 * 25 % in Cc and 5 % in Bcc.
 */
export function mixedRecipients(count: number, { contactGroups = true, seed = 1 } = {}): MixedList {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const companies = Math.max(3, Math.round(count / 25));
  const made: Recipient[] = [];
  for (let i = 0; i < count; i += 1) {
    const displayName = `${pick(FIRST)} ${pick(LAST)}`;
    const local = `${displayName.split(" ")[0]?.toLowerCase() ?? "x"}.${i}`;
    const roll = next();
    if (roll < 0.6) made.push({ emailAddress: `${local}@${pick(WEBMAIL)}`, displayName });
    else if (roll < 0.82) {
      const company = Math.floor(next() * companies);
      const domain = [`acme${company}.com`, `sales.acme${company}.com`, `fabrikam${company}.co.uk`][company % 3];
      made.push({ emailAddress: `${local}@${domain}`, displayName, recipientType: "externalUser" });
    } else if (roll < 0.85) made.push({ emailAddress: `${local}@münchen${i % 7}.de`, displayName });
    else if (roll < 0.95) {
      const domain = next() < 0.7 ? BENCH_INTERNAL_DOMAIN : `uk.${BENCH_INTERNAL_DOMAIN}`;
      made.push({ emailAddress: `${local}@${domain}`, displayName, recipientType: "user" });
    } else if (roll < 0.99 || !contactGroups) {
      // Someone already in the list, typed again in capitals.
      const earlier = made.length > 0 ? pick(made) : { emailAddress: `${local}@gmail.com`, displayName };
      made.push({ emailAddress: earlier.emailAddress.toUpperCase(), displayName: earlier.displayName ?? "" });
    } else made.push({ emailAddress: "", displayName: `Customers ${i} (contact group)` });
  }
  const list: MixedList = { to: [], cc: [], bcc: [] };
  for (const recipient of made) {
    const roll = next();
    (roll < 0.7 ? list.to : roll < 0.95 ? list.cc : list.bcc).push(recipient);
  }
  return list;
}

/** `count` outside people (customers and business contacts, no contact group), all in To: what "Move to Bcc" moves. */
export function outsidersInTo(count: number): Recipient[] {
  const next = random(count);
  return Array.from({ length: count }, (_, i) => ({
    emailAddress: i % 3 === 0 ? `customer${i}@${WEBMAIL[i % WEBMAIL.length]}` : `contact${i}@acme${i % 40}.com`,
    displayName: `${FIRST[Math.floor(next() * FIRST.length)]} ${LAST[i % LAST.length]}`,
  }));
}
