import { getDomain } from "tldts";

/*
 * The policy check's question "is this domain shared by many organisations?", answered from the WHOLE Public
 * Suffix List, private section included (`github.io`, `blogspot.com`, `azurewebsites.net` as well as `co.uk`
 * and `com.au`). Only the policy schema imports this file, and only the CLI and the build import the schema:
 * the full `tldts` (about 50 KB gzip) never reaches the bundles, which use `tldts-icann` (registrableDomain.ts).
 */

/** True when `domain` (normalised) is a public suffix: nobody owns it, so it cannot be one organisation. */
export function isPublicSuffix(domain: string): boolean {
  return getDomain(domain, { allowPrivateDomains: true, extractHostname: false, validateHostname: false }) === null;
}
