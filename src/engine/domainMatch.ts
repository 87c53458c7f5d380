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

/**
 * A matcher for "is this domain, or a parent of it, in the list": one set lookup per label instead of a scan
 * of the whole list, since the send handler asks it once per distinct domain of up to thousands of recipients.
 */
export function createDomainMatcher(bases: readonly string[]): (domain: string) => boolean {
  const set = new Set(bases);
  return (domain) => {
    if (set.size === 0) return false;
    for (let at = -1, rest = domain; ; rest = domain.slice(at + 1)) {
      if (set.has(rest)) return true;
      at = domain.indexOf(".", at + 1);
      if (at === -1) return false;
    }
  };
}
