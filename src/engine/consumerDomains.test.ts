import { describe, expect, it } from "vitest";

import { CONSUMER_DOMAINS, isConsumerDomain } from "./consumerDomains.ts";
import { evaluate } from "./evaluate.ts";
import { normalizeDomain } from "./normalizeAddress.ts";
import { contosoPolicy, SENDER } from "./testMessages.ts";

const partiesOf = (to: string[], consumerDomains: string[] = []): number =>
  evaluate({ from: SENDER, to }, contosoPolicy({ consumerDomains })).counts.parties;

describe("consumer mail providers", () => {
  it("are a list of at least 40 big providers", () => {
    expect(CONSUMER_DOMAINS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CONSUMER_DOMAINS).size).toBe(CONSUMER_DOMAINS.length);
  });

  it.each<[string, string]>([
    ["worldwide", "gmail.com"],
    ["worldwide", "outlook.com"],
    ["worldwide", "icloud.com"],
    ["the United States", "comcast.net"],
    ["the United States", "att.net"],
    ["the United Kingdom", "btinternet.com"],
    ["the United Kingdom", "hotmail.co.uk"],
    ["France", "orange.fr"],
    ["France", "free.fr"],
    ["Germany", "web.de"],
    ["Germany", "t-online.de"],
    ["Spain", "telefonica.net"],
    ["Spain", "hotmail.es"],
    ["Japan", "yahoo.co.jp"],
    ["Japan", "docomo.ne.jp"],
    ["China", "qq.com"],
    ["China", "163.com"],
  ])("include the providers people use in %s, such as %s", (_, domain) => {
    expect(CONSUMER_DOMAINS).toContain(domain);
  });

  it.each(CONSUMER_DOMAINS.map((domain) => [domain]))("count two people at %s as two parties", (domain) => {
    expect(normalizeDomain(domain)).toBe(domain);
    expect(partiesOf([`alice@${domain}`, `bob@${domain}`])).toBe(2);
  });

  it("treat a provider's subdomains as the provider, but not lookalikes", () => {
    expect(isConsumerDomain("mail.gmail.com", [])).toBe(true);
    expect(isConsumerDomain("notgmail.com", [])).toBe(false);
    expect(isConsumerDomain("gmail.com.evil.io", [])).toBe(false);
  });

  it("are extended by policy.consumerDomains", () => {
    const to = ["alice@club-mail.example", "bob@club-mail.example"];
    expect(partiesOf(to)).toBe(1);
    expect(partiesOf(to, ["club-mail.example"])).toBe(2);
  });
});
