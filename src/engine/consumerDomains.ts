import { createDomainMatcher, matchesAnyDomain } from "./domainMatch.ts";

/**
 * The big consumer mail providers: an address at one of them is a private person, so each is a party of
 * its own. This is what catches 300 customers spread over a few webmail domains, which a domain count misses.
 * Extended per organisation by `policy.consumerDomains`.
 */
// prettier-ignore
export const CONSUMER_DOMAINS: readonly string[] = [
  // International
  "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com", "ymail.com",
  "aol.com", "icloud.com", "me.com", "mac.com", "proton.me", "protonmail.com", "gmx.com", "mail.com", "zoho.com",
  "yandex.com", "yandex.ru", "mail.ru", "fastmail.com", "tutanota.com", "hey.com",
  // United States
  "comcast.net", "verizon.net", "att.net", "sbcglobal.net", "bellsouth.net", "cox.net", "charter.net", "earthlink.net",
  // United Kingdom
  "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "live.co.uk", "outlook.co.uk", "sky.com", "talktalk.net",
  "virginmedia.com", "ntlworld.com", "blueyonder.co.uk", "aol.co.uk", "orange.net", "tiscali.co.uk",
  // France
  "orange.fr", "wanadoo.fr", "free.fr", "sfr.fr", "laposte.net", "hotmail.fr", "yahoo.fr", "live.fr", "neuf.fr", "bbox.fr",
  // Germany
  "gmx.de", "gmx.net", "web.de", "t-online.de", "freenet.de", "arcor.de", "hotmail.de", "yahoo.de", "posteo.de", "mailbox.org",
  // Spain
  "telefonica.net", "hotmail.es", "yahoo.es", "movistar.es", "ono.com", "terra.es",
  // Japan
  "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "au.com", "softbank.ne.jp", "i.softbank.jp", "nifty.com", "ocn.ne.jp",
  "biglobe.ne.jp",
  // China
  "qq.com", "163.com", "126.com", "sina.com", "sina.cn", "sohu.com", "yeah.net", "aliyun.com", "foxmail.com", "139.com",
];

/** True when the domain (or a parent of it) is a consumer mail provider, built in or from the policy. */
export function isConsumerDomain(domain: string, extra: readonly string[]): boolean {
  return isBuiltInConsumerDomain(domain) || matchesAnyDomain(domain, extra);
}

const isBuiltInConsumerDomain = createDomainMatcher(CONSUMER_DOMAINS);
