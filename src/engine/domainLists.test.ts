import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

import providers from "email-providers/all.json";
import { describe, expect, it } from "vitest";

import { DOMAIN_LIST_VERSIONS } from "./domainListVersions.ts";
import { normalizeDomain } from "./normalizeAddress.ts";
import { builtInPersonalDomainCount } from "./personalDomains.ts";
import { isPublicSuffix } from "./publicSuffixCheck.ts";
import { EXTRA_PROVIDER_FAMILIES, PROVIDER_ENTRIES_THAT_ARE_SUFFIXES, RELAY_FAMILIES } from "./relayDomains.ts";

const require = createRequire(import.meta.url);
const installedVersion = (name: string): string =>
  (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), "utf8")) as { version: string }).version;

describe("the domain lists in the bundles", () => {
  it("report the installed tldts-icann and email-providers versions (bump the package, rebuild, and this follows)", () => {
    expect(DOMAIN_LIST_VERSIONS.publicSuffixList).toBe(`tldts-icann ${installedVersion("tldts-icann")}`);
    expect(DOMAIN_LIST_VERSIONS.mailProviders).toBe(`email-providers ${installedVersion("email-providers")}`);
    expect(DOMAIN_LIST_VERSIONS.relays).toMatch(/^bcc-guard-relays \d{4}-\d{2}-\d{2}$/);
  });

  it("hold the whole provider list (thousands of domains), not a sample", () => {
    expect(providers.length).toBeGreaterThan(8_000);
    expect(builtInPersonalDomainCount()).toBeGreaterThan(providers.length);
  });

  it("leave out exactly the provider entries that are public suffixes, by the full Public Suffix List", () => {
    const suffixes = providers.filter((domain) => isPublicSuffix(domain)).sort();
    expect([...PROVIDER_ENTRIES_THAT_ARE_SUFFIXES].sort()).toEqual(suffixes);
  });

  it("curate only real, normalised domains that some organisation owns", () => {
    const curated = [...RELAY_FAMILIES, ...EXTRA_PROVIDER_FAMILIES].flatMap((family) => family.domains);
    expect(curated.filter((domain) => normalizeDomain(domain) !== domain)).toEqual([]);
    expect(curated.filter((domain) => isPublicSuffix(domain))).toEqual([]);
  });
});
