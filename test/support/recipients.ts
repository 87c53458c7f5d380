// Test support: the recipients the tests put on a message, as addresses (the engine and the CLI take strings) or
// as Outlook lists them (an address and a display name). The same `count` and domain always give the same people.
import type { RecipientInput } from "../../src/engine/index.ts";

/** Where the n-th of a list lives: one domain, domains taken in turn, or a domain per person. */
export type Domains = string | readonly string[] | ((i: number) => string);

function domainOf(domains: Domains, i: number): string {
  if (typeof domains === "function") return domains(i);
  if (typeof domains === "string") return domains;
  return domains[i % domains.length] ?? "missing.invalid";
}

/**
 * `count` distinct addresses `<prefix><n>@<domain>`, so that a list of customers spread over a few webmail
 * providers, or each at an organisation of their own, reads as one line in a test.
 */
export function addresses(count: number, domains: Domains, prefix = "person"): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${i}@${domainOf(domains, i)}`);
}

/** The same people as `addresses`, as Outlook lists them: named after the prefix ("customer" gives "Customer 3"). */
export function people(count: number, domains: Domains, prefix = "person") {
  const name = `${prefix[0]?.toUpperCase() ?? ""}${prefix.slice(1)}`;
  return addresses(count, domains, prefix).map((emailAddress, i) => ({ emailAddress, displayName: `${name} ${i}` }));
}

/** A resolved recipient as Outlook lists it. */
export function person(displayName: string, emailAddress: string): { displayName: string; emailAddress: string } {
  return { displayName, emailAddress };
}

/** `count` buyers, each at a different outside organisation (so each is one party), numbered from `start`. */
export function customers(count: number, start = 0): { displayName: string; emailAddress: string }[] {
  return Array.from({ length: count }, (_, i) => person(`Customer ${start + i}`, `buyer@customer${start + i}.example`));
}

/** A personal contact group as Office.js returns it: no address, `recipientType: "distributionList"`. */
export function contactGroup(name: string): RecipientInput {
  return { emailAddress: "", displayName: name, recipientType: "distributionList" };
}
