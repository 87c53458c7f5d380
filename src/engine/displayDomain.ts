import { toUnicode } from "punycode/punycode.es6.js";

/**
 * A domain as people typed it: `xn--mnchen-3ya.de` is shown as `münchen.de`. For display only (the pane, the
 * alerts, the notices, the CLI's human-readable output); identity comparisons stay on the ASCII form. A label
 * that is not valid punycode is left as it is.
 */
export function displayDomain(domain: string): string {
  if (!domain.includes("xn--")) return domain;
  try {
    return toUnicode(domain);
  } catch {
    return domain;
  }
}

/** An address with its domain as people typed it: `anna@xn--mnchen-3ya.de` → `anna@münchen.de`. */
export function displayAddress(address: string): string {
  const at = address.lastIndexOf("@");
  return at < 0 ? address : address.slice(0, at + 1) + displayDomain(address.slice(at + 1));
}
