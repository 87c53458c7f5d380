import providers from "email-providers/all.json";

import { packDomains } from "./packedDomains.ts";

/**
 * The `email-providers` package's full list, packed (`packedDomains.ts`). The bundles' build replaces this
 * module with the string it returns, computed from the installed package at build time
 * (`scripts/packedProviderDomainsPlugin.ts`), so the bundles carry the packed text rather than the JSON array;
 * under tsx and vitest it is packed here, on the call, from the same package. Either way the package stays the
 * one source of the list.
 */
export function packedProviderDomains(): string {
  return packDomains(providers);
}
