import providers from "email-providers/all.json";

import { DOMAIN_LIST_VERSIONS } from "../../engine/domainListVersions.ts";
import { builtInPersonalDomainCount } from "../../engine/personalDomains.ts";
import { EXTRA_PROVIDER_FAMILIES, RELAY_FAMILIES } from "../../engine/relayDomains.ts";
import type { Io } from "../io.ts";

/**
 * `bcc-guard lists`: which domain lists this copy carries, the same the add-in's bundles are built from, so an
 * admin can tell whether a registry or provider is covered and when to refresh (docs/ADMIN.md).
 */
export function printLists(io: Io): void {
  const relayDomains = RELAY_FAMILIES.reduce((sum, family) => sum + family.domains.length, 0);
  const extraDomains = EXTRA_PROVIDER_FAMILIES.reduce((sum, family) => sum + family.domains.length, 0);
  const lines = [
    `Public Suffix List (ICANN section): ${DOMAIN_LIST_VERSIONS.publicSuffixList}`,
    `Personal mail providers: ${DOMAIN_LIST_VERSIONS.mailProviders} (${providers.length.toLocaleString("en")} domains)`,
    `Alias, relay and extra provider domains: ${DOMAIN_LIST_VERSIONS.relays} ` +
      `(${RELAY_FAMILIES.length} relay families, ${relayDomains} domains; ${extraDomains} extra providers)`,
    `Personal domains in all: ${builtInPersonalDomainCount().toLocaleString("en")}`,
  ];
  io.stdout(`${lines.join("\n")}\n`);
}
