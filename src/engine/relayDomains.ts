/**
 * Our own curated list of personal mail domains, on top of the `email-providers` package (see
 * `personalDomains.ts`): the alias and relay services that hand every person (or every booking, every buyer) an
 * address of its own, and the consumer and ISP domains that package misses. An address at any of them is a
 * private person, a party of its own.
 *
 * Each family names where its domains come from, so a reviewer can check and refresh it. `subdomains: true`
 * marks a family whose users get addresses on subdomains of their own (`anna.anonaddy.com`,
 * `shop.33mail.com`), or whose provider spreads mailboxes over regional subdomains (`nc.rr.com`).
 *
 * Bump `RELAY_LIST_VERSION` whenever this file changes: `bcc-guard lists` and the bundles report it.
 */
export interface DomainFamily {
  family: string;
  /** Where the domains were taken from (the service's own documentation or help pages). */
  source: string;
  domains: readonly string[];
  /** Also every subdomain of each domain (per-user or regional subdomains). @default false */
  subdomains?: boolean;
}

/** The date of the last change to this list. */
export const RELAY_LIST_VERSION = "2026-12-01";

export const RELAY_FAMILIES: readonly DomainFamily[] = [
  {
    family: "Apple Hide My Email / Sign in with Apple",
    source: "Apple Platform Security guide and developer docs (private email relay service)",
    domains: ["privaterelay.appleid.com"],
  },
  {
    family: "Firefox Relay",
    source: "Mozilla support: Firefox Relay masks and premium custom subdomains",
    domains: ["mozmail.com", "relay.firefox.com"],
    subdomains: true,
  },
  {
    family: "DuckDuckGo Email Protection",
    source: "DuckDuckGo help pages: Email Protection @duck.com addresses",
    domains: ["duck.com"],
  },
  {
    family: "SimpleLogin (Proton)",
    source: "SimpleLogin docs: alias domains and premium subdomains",
    domains: [
      "simplelogin.com",
      "simplelogin.co",
      "simplelogin.fr",
      "simplelogin.io",
      "slmail.me",
      "slmails.com",
      "aleeas.com",
      "8alias.com",
      "8shield.net",
      "silomails.com",
    ],
    subdomains: true,
  },
  {
    family: "Proton Mail and Proton Pass aliases",
    source: "Proton support: Proton Mail addresses and Proton Pass alias domains",
    domains: [
      "pm.me",
      "proton.me",
      "protonmail.com",
      "protonmail.ch",
      "passmail.net",
      "passmail.com",
      "passinbox.com",
      "passfwd.com",
    ],
  },
  {
    family: "addy.io (formerly AnonAddy)",
    source: "addy.io help: shared domain aliases and per-user username subdomains",
    domains: ["addy.io", "anonaddy.com", "anonaddy.me", "addymail.com", "mailer.me"],
    subdomains: true,
  },
  {
    family: "33mail",
    source: "33mail.com: every user receives at <alias>@<username>.33mail.com",
    domains: ["33mail.com"],
    subdomains: true,
  },
  {
    family: "Booking.com guest relay",
    source: "Booking.com partner help: guests' email addresses are aliases at guest.booking.com",
    domains: ["guest.booking.com"],
    subdomains: true,
  },
  {
    family: "Airbnb guest relay",
    source: "Airbnb help: messages relayed through masked guest addresses",
    domains: ["guest.airbnb.com"],
    subdomains: true,
  },
  {
    family: "Expedia Group and Agoda guest relays",
    source: "Expedia Partner Central and Agoda YCS help: guests' masked addresses",
    domains: ["m.expediapartnercentral.com", "agoda-messaging.com"],
    subdomains: true,
  },
  {
    family: "Amazon marketplace buyer relay",
    source: "Amazon Seller Central help: Buyer-Seller Messaging addresses at marketplace.amazon.<country>",
    domains: [
      "marketplace.amazon.com",
      "marketplace.amazon.ca",
      "marketplace.amazon.com.mx",
      "marketplace.amazon.com.br",
      "marketplace.amazon.co.uk",
      "marketplace.amazon.de",
      "marketplace.amazon.fr",
      "marketplace.amazon.it",
      "marketplace.amazon.es",
      "marketplace.amazon.nl",
      "marketplace.amazon.se",
      "marketplace.amazon.pl",
      "marketplace.amazon.com.be",
      "marketplace.amazon.com.tr",
      "marketplace.amazon.ae",
      "marketplace.amazon.sa",
      "marketplace.amazon.eg",
      "marketplace.amazon.in",
      "marketplace.amazon.co.jp",
      "marketplace.amazon.sg",
      "marketplace.amazon.com.au",
    ],
  },
  {
    family: "eBay member relay",
    source: "eBay help: member-to-member messages through members.ebay.<country>",
    domains: [
      "members.ebay.com",
      "members.ebay.ca",
      "members.ebay.co.uk",
      "members.ebay.ie",
      "members.ebay.de",
      "members.ebay.at",
      "members.ebay.ch",
      "members.ebay.fr",
      "members.ebay.be",
      "members.ebay.nl",
      "members.ebay.it",
      "members.ebay.es",
      "members.ebay.pl",
      "members.ebay.com.au",
      "members.ebay.com.hk",
      "members.ebay.com.sg",
      "members.ebay.com.my",
      "members.ebay.ph",
      "members.ebay.in",
    ],
  },
  {
    family: "Craigslist anonymised reply addresses",
    source: "Craigslist help: relay addresses per category (reply, hous, sale, serv, comm, gigs, pers, job, res, disc)",
    domains: [
      "reply.craigslist.org",
      "hous.craigslist.org",
      "sale.craigslist.org",
      "serv.craigslist.org",
      "comm.craigslist.org",
      "gigs.craigslist.org",
      "pers.craigslist.org",
      "job.craigslist.org",
      "res.craigslist.org",
      "disc.craigslist.org",
    ],
  },
  {
    family: "Walmart Marketplace customer relay",
    source: "Walmart Marketplace seller help: customers' masked addresses at relay.walmart.com",
    domains: ["relay.walmart.com"],
  },
];

/**
 * Consumer and ISP mailbox domains the `email-providers` list misses, found by checking it against the
 * providers of each country we test (national ISPs' help pages name their mailbox domains).
 */
export const EXTRA_PROVIDER_FAMILIES: readonly DomainFamily[] = [
  {
    family: "United States regional ISPs",
    source: "the ISPs' own email help pages (Charter Spectrum, Mediacom, Sonic, Consolidated, Breezeline, …)",
    domains: [
      "spectrum.net",
      "mediacombb.net",
      "flash.net",
      "sonic.net",
      "consolidated.net",
      "fairpoint.net",
      "myfairpoint.net",
      "alaska.net",
      "metrocast.net",
      "buckeye-express.com",
      "breezeline.net",
      "shentel.net",
      "ntelos.net",
      "astound.net",
      "wavecable.com",
      "grande.net",
      "midco.net",
      "suddenlink.net",
    ],
  },
  {
    family: "Road Runner (Spectrum) regional mailboxes",
    source: "Spectrum help: legacy Road Runner addresses at <region>.rr.com",
    domains: ["rr.com"],
    subdomains: true,
  },
  {
    family: "European consumer mail and ISPs",
    source: "the providers' own help pages",
    domains: [
      "op.pl",
      "tlen.pl",
      "vp.pl",
      "go2.pl",
      "interia.eu",
      "onet.eu",
      "poczta.onet.pl",
      "autograf.pl",
      "volny.cz",
      "atlas.cz",
      "tiscali.cz",
      "fastwebnet.it",
      "numericable.fr",
      "bbox.fr",
      "1und1.de",
      "posteo.de",
      "telefonica.net",
      "movistar.es",
      "ono.com",
      "jazztel.es",
      "euskaltel.net",
      "ya.com",
      "netcabo.pt",
      "clix.pt",
      "ziggo.nl",
      "xs4all.nl",
      "upcmail.nl",
      "sunrise.ch",
      "hispeed.ch",
      "gmx.ch",
      "aon.at",
      "chello.at",
      "a1.net",
      "plus.net",
      "uwclub.net",
      "outlook.co.uk",
      "otenet.gr",
      "citromail.hu",
      "mail.bg",
      "dir.bg",
      "rdslink.ro",
      "suomi24.fi",
      "bredband.net",
      "comhem.se",
      "online.no",
      "frisurf.no",
      "jubii.dk",
      "mail.dk",
      "yandex.ua",
      "meta.ua",
    ],
  },
  {
    family: "Encrypted and independent mail services",
    source: "the services' own sites",
    domains: [
      "fastmail.com",
      "tutanota.com",
      "tutanota.de",
      "tutamail.com",
      "tuta.io",
      "tuta.com",
      "keemail.me",
      "mailfence.com",
    ],
  },
  {
    family: "Asia-Pacific, Africa and Middle East consumer mail and ISPs",
    source: "the providers' own help pages",
    domains: [
      "kakao.com",
      "au.com",
      "nifty.com",
      "ocn.ne.jp",
      "biglobe.ne.jp",
      "so-net.ne.jp",
      "plala.or.jp",
      "dion.ne.jp",
      "sohu.com",
      "139.com",
      "189.cn",
      "wo.cn",
      "sina.com.cn",
      "hinet.net",
      "pchome.com.tw",
      "pacific.net.sg",
      "streamyx.com",
      "tm.net.my",
      "pldtdsl.net",
      "vsnl.net",
      "hotmail.co.in",
      "aapt.net.au",
      "slingshot.co.nz",
      "orcon.net.nz",
      "mweb.co.za",
      "telkomsa.net",
      "vodamail.co.za",
      "bezeqint.net",
      "012.net.il",
      "mynet.com",
      "ttmail.com",
      "superonline.com",
      "hotmail.com.tr",
    ],
  },
];

/**
 * Entries of the `email-providers` list that are themselves public suffixes (private section of the Public
 * Suffix List included): nobody has a mailbox there, and since a domain counts as personal when its registrable
 * domain is a provider, keeping them would make every organisation under them (`acme.com.ar`) a private person.
 * A test checks this list against the full Public Suffix List on every run.
 */
export const PROVIDER_ENTRIES_THAT_ARE_SUFFIXES: readonly string[] = [
  "cloudns.asia",
  "com.ar",
  "ddnsfree.com",
  "dns-cloud.net",
  "dnsabr.com",
  "dynu.net",
  "f5.si",
  "gleeze.com",
  "kozow.com",
  "msk.ru",
  "net.ua",
  "nom.za",
  "org.ua",
  "pp.ua",
  "spb.ru",
  "web.id",
  "za.com",
  "zp.ua",
];
