import { describe, expect, it } from "vitest";

import { addresses, contactGroup } from "../../test/support/recipients.ts";

import { analyzeAudience } from "./audience.ts";
import { DEFAULT_POLICY } from "./defaultPolicy.ts";
import { evaluate } from "./evaluate.ts";
import type { Message } from "./message.ts";
import type { Policy } from "./policy.ts";
import { registrableDomain } from "./registrableDomain.ts";
import { EXTRA_PROVIDER_FAMILIES, RELAY_FAMILIES } from "./relayDomains.ts";

/*
 * The world's mail, with the default policy: the categories an independent set of real messages judged, each
 * with real domains. An address at a personal provider or relay is a private person (a party of its own); an
 * organisation is its registrable domain by the Public Suffix List.
 */

const policy = (changes: Partial<Policy> = {}): Policy => ({ ...DEFAULT_POLICY, ...changes });
const sender = "office@riverside-clinic.example";

function partyKinds(domain: string, changes: Partial<Policy> = {}): string | null {
  const audience = analyzeAudience({ from: sender, to: [`someone@${domain}`] }, policy(changes));
  return audience.visible[0]?.partyKind ?? null;
}

describe("personal mail providers of the world: each address is a private person", () => {
  it.each<[string, string[]]>([
    ["Italy", ["libero.it", "virgilio.it", "alice.it", "tiscali.it", "tin.it", "fastwebnet.it"]],
    ["South Korea", ["naver.com", "daum.net", "hanmail.net", "nate.com", "kakao.com"]],
    ["Poland", ["wp.pl", "o2.pl", "onet.pl", "interia.pl", "op.pl", "gazeta.pl", "poczta.onet.pl"]],
    ["Czechia", ["seznam.cz", "email.cz", "centrum.cz", "post.cz", "volny.cz", "atlas.cz"]],
    ["Brazil", ["uol.com.br", "bol.com.br", "terra.com.br", "ig.com.br", "globo.com", "yahoo.com.br"]],
    ["India", ["rediffmail.com", "sify.com", "indiatimes.com", "yahoo.co.in"]],
    ["Australia", ["bigpond.com", "bigpond.net.au", "optusnet.com.au", "iinet.net.au", "tpg.com.au"]],
    ["France", ["orange.fr", "wanadoo.fr", "free.fr", "sfr.fr", "laposte.net", "bbox.fr"]],
    ["Germany", ["gmx.de", "web.de", "t-online.de", "freenet.de", "posteo.de", "1und1.de"]],
    ["Japan", ["yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "nifty.com", "ocn.ne.jp", "biglobe.ne.jp"]],
    ["China", ["qq.com", "163.com", "126.com", "sina.com", "sohu.com", "139.com", "foxmail.com"]],
    ["Russia", ["mail.ru", "yandex.ru", "rambler.ru", "bk.ru", "list.ru", "inbox.ru"]],
    ["Spain", ["telefonica.net", "movistar.es", "terra.es", "ono.com", "hotmail.es"]],
    ["United Kingdom", ["btinternet.com", "sky.com", "talktalk.net", "virginmedia.com", "ntlworld.com", "plus.net"]],
    [
      "United States ISPs",
      [
        "comcast.net",
        "verizon.net",
        "att.net",
        "sbcglobal.net",
        "cox.net",
        "charter.net",
        "earthlink.net",
        "optonline.net",
        "frontier.com",
        "bellsouth.net",
        "windstream.net",
        "centurylink.net",
        "spectrum.net",
        "nc.rr.com",
        "juno.com",
        "suddenlink.net",
      ],
    ],
    ["international webmail", ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "aol.com"]],
  ])("%s", (_, domains) => {
    expect(domains.filter((domain) => partyKinds(domain) !== "personal")).toEqual([]);
  });

  it("counts 60 customers on four Italian webmail domains as 60 parties, so they are blocked", () => {
    const verdict = evaluate(
      { from: sender, to: addresses(60, ["libero.it", "virgilio.it", "alice.it", "tiscali.it"], "cliente") },
      policy(),
    );
    expect([verdict.action, verdict.counts.parties]).toEqual(["block", 60]);
  });
});

describe("alias and relay services: each address is a private person", () => {
  it.each<[string, string[]]>([
    ["Apple Hide My Email", ["privaterelay.appleid.com"]],
    ["Firefox Relay", ["mozmail.com", "anna.mozmail.com"]],
    ["DuckDuckGo", ["duck.com"]],
    [
      "SimpleLogin",
      ["simplelogin.com", "simplelogin.co", "simplelogin.fr", "slmail.me", "aleeas.com", "8alias.com", "me.aleeas.com"],
    ],
    ["Proton", ["pm.me", "proton.me", "protonmail.com", "protonmail.ch", "passmail.net"]],
    ["addy.io", ["addy.io", "anonaddy.com", "anonaddy.me", "anna.anonaddy.com", "anna.anonaddy.me"]],
    ["33mail", ["33mail.com", "shop.33mail.com"]],
    ["Booking.com guests", ["guest.booking.com"]],
    ["Airbnb guests", ["guest.airbnb.com"]],
    ["Expedia guests", ["m.expediapartnercentral.com"]],
    [
      "Amazon buyers",
      ["marketplace.amazon.com", "marketplace.amazon.de", "marketplace.amazon.co.uk", "marketplace.amazon.co.jp"],
    ],
    ["eBay members", ["members.ebay.com", "members.ebay.de", "members.ebay.co.uk"]],
    ["Craigslist replies", ["reply.craigslist.org", "hous.craigslist.org", "sale.craigslist.org"]],
    ["Walmart Marketplace", ["relay.walmart.com"]],
  ])("%s", (_, domains) => {
    expect(domains.filter((domain) => partyKinds(domain) !== "personal")).toEqual([]);
  });

  it("lists every family with its source, and each domain once", () => {
    const families = [...RELAY_FAMILIES, ...EXTRA_PROVIDER_FAMILIES];
    expect(families.filter((family) => family.source.length < 10 || family.domains.length === 0)).toEqual([]);
    const domains = families.flatMap((family) => family.domains);
    expect(domains.filter((domain, i) => domains.indexOf(domain) !== i)).toEqual([]);
  });

  it.each<[string, string[]]>([
    [
      "22 aliases at Firefox Relay, DuckDuckGo, SimpleLogin and Proton",
      ["mozmail.com", "duck.com", "slmail.me", "pm.me"],
    ],
    ["30 Apple Hide My Email addresses", ["privaterelay.appleid.com"]],
    ["25 hotel guests", ["guest.booking.com"]],
  ])("blocks %s", (_, domains) => {
    const verdict = evaluate({ from: sender, to: addresses(30, domains, "guest") }, policy());
    expect(verdict.action).toBe("block");
  });

  it("keeps the company behind a relay an organisation: booking.com staff are one party, not private people", () => {
    expect(partyKinds("booking.com")).toBe("organization");
    expect(partyKinds("amazon.de")).toBe("organization");
    expect(partyKinds("craigslist.org")).toBe("organization");
  });
});

describe("organisations by the Public Suffix List: each registrable domain is one party", () => {
  it.each<[string, string]>([
    ["x.kent.sch.uk", "x.kent.sch.uk"], // wildcard *.sch.uk
    ["mail.x.kent.sch.uk", "x.kent.sch.uk"],
    ["springfield.k12.il.us", "springfield.k12.il.us"],
    ["snu.ac.kr", "snu.ac.kr"],
    ["mail.iitb.ac.in", "iitb.ac.in"],
    ["metu.edu.tr", "metu.edu.tr"],
    ["uw.edu.pl", "uw.edu.pl"],
    ["bmf.gv.at", "bmf.gv.at"],
    ["hacienda.gob.es", "hacienda.gob.es"],
    ["city.osaka.lg.jp", "osaka.lg.jp"],
    ["economie.gouv.fr", "economie.gouv.fr"],
    ["trust1.nhs.uk", "trust1.nhs.uk"],
    ["sales.acme.co.uk", "acme.co.uk"],
    ["shop.umbrella.com.au", "umbrella.com.au"],
    ["mail.hooli.co.jp", "hooli.co.jp"],
    ["empresa.com.br", "empresa.com.br"],
    ["firma.com.pl", "firma.com.pl"],
    ["foo.bar.kawasaki.jp", "foo.bar.kawasaki.jp"], // wildcard *.kawasaki.jp
    ["www.city.kawasaki.jp", "city.kawasaki.jp"], // exception !city.kawasaki.jp
    ["uk.contoso.com", "contoso.com"],
    ["xn--mnchen-3ya.de", "xn--mnchen-3ya.de"],
    ["co.uk", "co.uk"],
  ])("%s belongs to %s", (domain, organisation) => {
    expect(registrableDomain(domain)).toBe(organisation);
  });

  it.each<[string, string, number]>([
    ["25 Kent schools", "kent.sch.uk", 25],
    ["22 Illinois school districts", "k12.il.us", 22],
    ["20 Korean universities", "ac.kr", 20],
    ["21 Indian institutes", "ac.in", 21],
    ["20 Turkish universities", "edu.tr", 20],
    ["20 Polish universities", "edu.pl", 20],
    ["20 Austrian authorities", "gv.at", 20],
    ["20 Spanish ministries", "gob.es", 20],
    ["20 Japanese city offices", "lg.jp", 20],
  ])("blocks a list of %s as that many organisations", (_, suffix, count) => {
    const to = Array.from({ length: count }, (_unused, i) => `office@org${i}.${suffix}`);
    const verdict = evaluate({ from: sender, to }, policy());
    expect([verdict.action, verdict.counts.parties]).toEqual(["block", count]);
  });

  it("names the Japanese city offices by city (city.osaka.lg.jp and city.kyoto.lg.jp are two)", () => {
    const to = ["a@city.osaka.lg.jp", "b@city.kyoto.lg.jp"];
    expect(evaluate({ from: sender, to }, policy()).counts.parties).toBe(2);
  });
});

describe("the sender's organisation: the registrable domain of the sender's address", () => {
  it.each<[string, string, string[], { internal: number; parties: number }]>([
    [
      "colleagues across the sender's organisation",
      "anna@uk.contoso.com",
      ["a@contoso.com", "b@de.contoso.com", "c@uk.contoso.com"],
      { internal: 3, parties: 0 },
    ],
    [
      "colleagues under a two-level suffix",
      "anna@hq.contoso.co.uk",
      ["a@contoso.co.uk", "b@sales.contoso.co.uk"],
      { internal: 2, parties: 0 },
    ],
    ["another company under the same suffix", "anna@contoso.co.uk", ["a@fabrikam.co.uk"], { internal: 0, parties: 1 }],
    [
      "a lookalike of the sender's domain",
      "anna@contoso.com",
      ["a@contoso.com.evil.io", "b@badcontoso.com"],
      { internal: 0, parties: 2 },
    ],
    [
      "a school's own subdomain, not the whole county",
      "head@x.kent.sch.uk",
      ["a@x.kent.sch.uk", "b@y.kent.sch.uk"],
      { internal: 1, parties: 1 },
    ],
    [
      "a tradesman on bigpond.com: his customers there are private people",
      "joe@bigpond.com",
      addresses(25, "bigpond.com", "customer"),
      { internal: 0, parties: 25 },
    ],
    [
      "a sender on a provider's subdomain",
      "joe@mail.bigpond.com",
      addresses(3, "bigpond.com"),
      { internal: 0, parties: 3 },
    ],
    [
      "a sender on a relay",
      "x1@privaterelay.appleid.com",
      addresses(3, "privaterelay.appleid.com"),
      { internal: 0, parties: 3 },
    ],
    [
      "a sender at booking.com writing to guests",
      "desk@booking.com",
      ["a@guest.booking.com", "b@guest.booking.com", "c@booking.com"],
      { internal: 1, parties: 2 },
    ],
  ])("%s", (_, from, to, expected) => {
    const counts = evaluate({ from, to }, policy()).counts;
    expect({ internal: counts.visibleInternal, parties: counts.parties }).toEqual(expected);
  });

  it("blocks the bigpond.com tradesman's 25 customers instead of calling them colleagues", () => {
    expect(evaluate({ from: "joe@bigpond.com", to: addresses(25, "bigpond.com", "customer") }, policy()).action).toBe(
      "block",
    );
  });

  it("lets an organisation that is on a provider list be itself with notConsumerDomains", () => {
    const message: Message = { from: "staff@telstra.com", to: addresses(25, "telstra.com") };
    expect(evaluate(message, policy()).action).toBe("block");
    const own = evaluate(message, policy({ notConsumerDomains: ["telstra.com"] }));
    expect([own.action, own.counts.visibleInternal]).toEqual(["allow", 25]);
  });

  it("adds the organisation's own providers with consumerDomains, subdomains included", () => {
    const message: Message = { from: sender, to: addresses(6, ["members.example-club.org", "x.example-club.org"]) };
    expect(evaluate(message, policy()).counts.parties).toBe(1);
    expect(evaluate(message, policy({ consumerDomains: ["example-club.org"] })).counts.parties).toBe(6);
  });
});

describe("contact groups", () => {
  const group = contactGroup("PrEP patients");
  const healthcare = (contactGroups: Policy["contactGroups"]): Policy =>
    policy({ contactGroups, sensitive: { keywords: ["test result*", "PrEP"], warnAt: 2, blockAt: 3 } });
  const plain: Message = { from: sender, subject: "Opening hours", to: [group] };
  const sensitive: Message = { from: sender, subject: "Your test results", to: [group] };

  it.each<[Policy["contactGroups"], boolean, string, string[]]>([
    ["warn", false, "warn", ["contact-group", "unresolved"]],
    ["warn", true, "block", ["contact-group", "sensitive", "unresolved"]],
    ["block", false, "block", ["contact-group", "unresolved"]],
    ["block", true, "block", ["contact-group", "sensitive", "unresolved"]],
    ["allow", false, "allow", ["unresolved"]],
    ["allow", true, "allow", ["sensitive", "unresolved"]],
  ])("contactGroups %s, sensitive %s: %s", (setting, isSensitive, action, reasons) => {
    const verdict = evaluate(isSensitive ? sensitive : plain, healthcare(setting));
    expect([verdict.action, verdict.reasons, verdict.counts.contactGroups]).toEqual([action, reasons, 1]);
  });

  it("blocks a sensitive message to a contact group even when other outsiders only make it a warning", () => {
    const verdict = evaluate({ ...sensitive, to: [group, "a@acme.com"] }, healthcare("warn"));
    expect([verdict.action, verdict.reasons[0]]).toEqual(["block", "contact-group"]);
  });

  it("lets the exposure rule decide first when it already blocks", () => {
    const verdict = evaluate({ from: sender, to: [group, ...addresses(25, "gmail.com")] }, policy());
    expect([verdict.action, verdict.reasons]).toEqual(["block", ["exposed-parties", "unresolved"]]);
  });

  it("counts a server distribution list (with an address) as one ordinary recipient", () => {
    const list = {
      emailAddress: "customers@lists.acme.com",
      displayName: "Customers",
      recipientType: "distributionList",
    };
    const verdict = evaluate({ from: sender, to: [list] }, policy());
    expect([verdict.action, verdict.counts.contactGroups, verdict.counts.unresolved]).toEqual(["allow", 0, 0]);
  });

  it("does not take a typo for a contact group", () => {
    const verdict = evaluate({ from: sender, to: ["not-an-address", "Name <broken"] }, policy());
    expect([verdict.action, verdict.counts.contactGroups, verdict.counts.unresolved]).toEqual(["allow", 0, 2]);
  });

  it("ignores a contact group in Bcc: its members see only themselves", () => {
    const verdict = evaluate({ from: sender, to: ["a@acme.com"], bcc: [group] }, policy());
    expect([verdict.action, verdict.counts.contactGroups]).toEqual(["allow", 0]);
  });

  it("turns a blocked contact group into a warning in warn-only mode", () => {
    expect(evaluate(sensitive, { ...healthcare("block"), mode: "warn-only" }).action).toBe("warn");
  });
});
