import { createDomainMatcher } from "./domainMatch.ts";
import { unpackDomains } from "./packedDomains.ts";
import { packedProviderDomains } from "./packedProviderDomains.ts";
import { EXTRA_PROVIDER_FAMILIES, PROVIDER_ENTRIES_THAT_ARE_SUFFIXES, RELAY_FAMILIES } from "./relayDomains.ts";

/** The built-in personal mail domains, split by how they match. */
interface BuiltInDomains {
  /** The domain itself, or a domain whose registrable domain is one of these (`mail.bigpond.com`). */
  exact: ReadonlySet<string>;
  /** The domain or any subdomain of it (per-user relay subdomains such as `anna.anonaddy.com`). */
  withSubdomains: (domain: string) => boolean;
}

let builtIn: BuiltInDomains | null = null;

/**
 * Built on first use, not at import: the task pane and the CLI import the engine long before they classify
 * anyone, and the send handler pays for it once per runtime (about 9,000 set insertions).
 */
function builtInDomains(): BuiltInDomains {
  if (builtIn) return builtIn;
  const exact = new Set<string>(unpackDomains(packedProviderDomains()));
  for (const suffix of PROVIDER_ENTRIES_THAT_ARE_SUFFIXES) exact.delete(suffix);
  const withSubdomains: string[] = [];
  for (const family of [...RELAY_FAMILIES, ...EXTRA_PROVIDER_FAMILIES]) {
    if (family.subdomains) withSubdomains.push(...family.domains);
    else for (const domain of family.domains) exact.add(domain);
  }
  builtIn = { exact, withSubdomains: createDomainMatcher(withSubdomains) };
  return builtIn;
}

/**
 * "Is an address at this domain a private person?": the world's consumer and ISP mail domains (the
 * `email-providers` package's full list), our alias and relay families (`relayDomains.ts`), plus
 * `consumerDomains`, minus `notConsumerDomains` (both with their subdomains; normalised domains). The answer
 * costs a few set lookups: one per label of the domain.
 *
 * The returned test takes the domain and its registrable domain (the caller has it already), so that a
 * provider's subdomain (`mail.bigpond.com`) counts as the provider.
 */
export function createPersonalDomainTest(
  consumerDomains: readonly string[],
  notConsumerDomains: readonly string[],
): (domain: string, registrable: string) => boolean {
  const isNotConsumer = createDomainMatcher(notConsumerDomains);
  const isConsumer = createDomainMatcher(consumerDomains);
  const lists = builtInDomains();
  return (domain, registrable) => {
    if (isNotConsumer(domain)) return false;
    if (isConsumer(domain)) return true;
    return lists.exact.has(domain) || lists.exact.has(registrable) || lists.withSubdomains(domain);
  };
}

/** How many domains the built-in lists hold (for `bcc-guard lists`). */
export function builtInPersonalDomainCount(): number {
  const withSubdomains = [...RELAY_FAMILIES, ...EXTRA_PROVIDER_FAMILIES].filter((family) => family.subdomains);
  return builtInDomains().exact.size + withSubdomains.reduce((sum, family) => sum + family.domains.length, 0);
}
