/**
 * True when `domain` is `base` or a subdomain of it, at a label boundary: `uk.contoso.com` matches
 * `contoso.com`; `badcontoso.com` and `contoso.com.evil.io` do not. Both arguments are normalised domains.
 */
export function isSameOrSubdomain(domain: string, base: string): boolean {
  return domain === base || domain.endsWith(`.${base}`);
}

/** True when `domain` is, or is under, any of `bases`. */
export function matchesAnyDomain(domain: string, bases: readonly string[]): boolean {
  return bases.some((base) => isSameOrSubdomain(domain, base));
}
