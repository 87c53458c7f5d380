/**
 * A compact list of common two-level public suffixes: under these, an organisation owns the third label
 * (`acme.co.uk`), not the second. Not the whole Public Suffix List on purpose: the send bundle must stay
 * small, and the cost of a missing entry is only that two organisations under it count as one party.
 */
// prettier-ignore
export const TWO_LEVEL_PUBLIC_SUFFIXES: ReadonlySet<string> = new Set([
  // United Kingdom
  "co.uk", "org.uk", "ac.uk", "gov.uk", "nhs.uk", "me.uk", "ltd.uk", "plc.uk", "net.uk", "sch.uk", "police.uk", "mod.uk",
  // Australia and New Zealand
  "com.au", "net.au", "org.au", "edu.au", "gov.au", "co.nz", "org.nz", "govt.nz", "ac.nz",
  // Asia
  "co.jp", "ne.jp", "or.jp", "ac.jp", "go.jp", "co.kr", "or.kr", "com.cn", "net.cn", "org.cn", "gov.cn", "edu.cn",
  "com.hk", "com.tw", "com.sg", "com.my", "co.in", "net.in", "org.in", "gov.in", "co.id", "co.th", "com.ph", "com.vn",
  // Americas
  "com.br", "net.br", "org.br", "gov.br", "com.mx", "com.ar", "com.co", "com.pe", "com.ve",
  // Africa and the Middle East
  "co.za", "org.za", "gov.za", "co.ke", "com.ng", "com.eg", "co.il", "org.il", "ac.il", "com.sa", "com.tr",
  // Europe
  "com.pl", "com.es", "com.pt", "co.at", "or.at", "com.ua", "com.gr", "com.cy", "com.mt",
]);

/**
 * The registrable domain (the organisation's own domain): `sales.acme.com` → `acme.com`,
 * `mail.acme.co.uk` → `acme.co.uk`. A domain with too few labels is its own registrable domain.
 */
export function registrableDomain(domain: string): string {
  const labels = domain.split(".");
  if (labels.length <= 2) return domain;
  const lastTwo = labels.slice(-2).join(".");
  return TWO_LEVEL_PUBLIC_SUFFIXES.has(lastTwo) ? labels.slice(-3).join(".") : lastTwo;
}
