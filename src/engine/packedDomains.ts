/**
 * A compact text form of a domain list, for the bundles: the provider list is most of `events.js`, and as a JSON
 * array it repeats every top-level domain and every shared beginning of a name. Packed, the domains are grouped
 * by their last label, most populous group first (`com:…;de:…`), and within a group the names before the last
 * label are sorted and front-coded: each name starts with one capital letter saying how many characters it
 * shares with the name before it (`A` none, `B` one … `Z` 25). Capitals, `:` and `;` never occur in a
 * normalised domain, so the form needs no escaping, and gzip compresses it about a quarter better than the JSON.
 */
const SHARED_MAX = 25;
const SHARED_ZERO = 65; // "A"

/**
 * Packs `domains` (normalised, each with at least one dot); `unpackDomains` gives back the same set. Throws,
 * naming the entry, on one the form cannot carry: the build then stops instead of shipping a different list.
 */
export function packDomains(domains: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const domain of new Set(domains)) {
    const dot = domain.lastIndexOf(".");
    if (dot <= 0 || dot === domain.length - 1 || /[A-Z:;]/.test(domain))
      throw new Error(`packDomains: "${domain}" is not a lower-case domain with a dot between two labels`);
    const last = domain.slice(dot + 1);
    const names = groups.get(last) ?? [];
    names.push(domain.slice(0, dot));
    groups.set(last, names);
  }
  const ordered = [...groups].sort(([a, x], [b, y]) => y.length - x.length || (a < b ? -1 : 1));
  return ordered.map(([last, names]) => `${last}:${frontCode(names.sort())}`).join(";");
}

function frontCode(sortedNames: readonly string[]): string {
  let previous = "";
  let packed = "";
  for (const name of sortedNames) {
    let shared = 0;
    while (shared < SHARED_MAX && shared < name.length && name[shared] === previous[shared]) shared++;
    packed += String.fromCharCode(SHARED_ZERO + shared) + name.slice(shared);
    previous = name;
  }
  return packed;
}

/** The domains `packDomains` packed, each once. */
export function unpackDomains(packed: string): string[] {
  const domains: string[] = [];
  if (packed === "") return domains;
  for (const group of packed.split(";")) {
    const colon = group.indexOf(":");
    const last = group.slice(0, colon);
    let previous = "";
    let at = colon + 1;
    while (at < group.length) {
      const shared = group.charCodeAt(at) - SHARED_ZERO;
      let end = at + 1;
      while (end < group.length && !isCapital(group.charCodeAt(end))) end++;
      previous = previous.slice(0, shared) + group.slice(at + 1, end);
      domains.push(`${previous}.${last}`);
      at = end;
    }
  }
  return domains;
}

function isCapital(code: number): boolean {
  return code >= SHARED_ZERO && code <= SHARED_ZERO + SHARED_MAX;
}
