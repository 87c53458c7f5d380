import { getDomain } from "tldts-icann/dist/index.esm.min.js";

/*
 * The Public Suffix List through `tldts-icann`: its ICANN section only (country and generic registries such as
 * `co.uk`, `*.sch.uk`, `k12.il.us`, `gv.at`, `lg.jp`), about 30 KB gzip in the send bundle against 50 KB for
 * the full `tldts`. The private section (`github.io`, `blogspot.com`) names hosting platforms, not mail
 * domains, so leaving it out changes no party; the policy check, which runs in Node, uses the full list.
 *
 * Imported from the package's own self-contained minified build: its module build pulls in the shared
 * `tldts-core`, whose URL parsing and IP tables more than doubled the send bundle (77 KB gzip against 30 KB)
 * for code we never call.
 */
const OPTIONS = {
  // Our input is already a normalised ASCII host name: skip URL parsing and validation (the hot path).
  extractHostname: false,
  validateHostname: false,
  detectIp: false,
  mixedInputs: false,
} as const;

/**
 * The registrable domain (the organisation's own domain) by the Public Suffix List, wildcard and exception
 * rules included: `sales.acme.com` → `acme.com`, `mail.acme.co.uk` → `acme.co.uk`, `x.kent.sch.uk` →
 * `x.kent.sch.uk`, `www.city.kawasaki.jp` → `city.kawasaki.jp`. A domain that is itself a public suffix (or a
 * single label) is its own registrable domain. `domain` is a normalised (lower-case ASCII) domain.
 */
export function registrableDomain(domain: string): string {
  return getDomain(domain, OPTIONS) ?? domain;
}
