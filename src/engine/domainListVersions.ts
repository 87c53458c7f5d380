import { version as mailProvidersVersion } from "email-providers/package.json";
import { version as publicSuffixVersion } from "tldts-icann/package.json";

import { RELAY_LIST_VERSION } from "./relayDomains.ts";

/**
 * Which domain lists this build carries, so that an admin can tell whether a deployed add-in has a given
 * registry or provider: `bcc-guard lists` prints them, and the bundles carry the same figures. Refreshing a
 * list is bumping its package and rebuilding (docs/ADMIN.md).
 */
export const DOMAIN_LIST_VERSIONS = {
  /** The Public Suffix List's ICANN section, as packaged by `tldts-icann`. */
  publicSuffixList: `tldts-icann ${publicSuffixVersion}`,
  /** The world's consumer and ISP mail domains, as packaged by `email-providers` (its full list). */
  mailProviders: `email-providers ${mailProvidersVersion}`,
  /** Our own curated alias, relay and missing-provider domains (src/engine/relayDomains.ts). */
  relays: `bcc-guard-relays ${RELAY_LIST_VERSION}`,
} as const;
