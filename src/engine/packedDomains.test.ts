import { gzipSync } from "node:zlib";

import providers from "email-providers/all.json";
import { describe, expect, it } from "vitest";

import { packDomains, unpackDomains } from "./packedDomains.ts";
import { packedProviderDomains } from "./packedProviderDomains.ts";

describe("packed domain lists", () => {
  it("unpack to exactly the email-providers package's list: every domain, once, nothing added", () => {
    const unpacked = unpackDomains(packedProviderDomains());
    expect(unpacked).toHaveLength(providers.length);
    expect([...unpacked].sort()).toEqual([...providers].sort());
  });

  it("save the bundles at least 4 KB gzip against the JSON array they replace", () => {
    const gzip = (text: string) => gzipSync(text, { level: 9 }).length;
    expect(gzip(JSON.stringify(providers)) - gzip(packedProviderDomains())).toBeGreaterThan(4 * 1024);
  });

  it("keep digits, hyphens, inner dots, @, capitals and non-ASCII labels intact", () => {
    const domains = [
      "163.com",
      "126.com",
      "21cn.com",
      "a-b.co.uk",
      "a.co.uk",
      "müll.email",
      "averyveryveryverylongprovidername1.de",
      "averyveryveryverylongprovidername2.de",
      "x.de",
      "ywoe@mailed.ro",
      "Example.ORG",
    ];
    expect(unpackDomains(packDomains(domains)).sort()).toEqual([...domains].sort());
  });

  it("hold each domain once however often it is given", () => {
    expect(unpackDomains(packDomains(["gmail.com", "gmail.com", "mail.com"])).sort()).toEqual([
      "gmail.com",
      "mail.com",
    ]);
  });

  it("pack an empty list to an empty one", () => {
    expect(unpackDomains(packDomains([]))).toEqual([]);
  });

  it("refuse, naming it, an entry the packed form cannot carry", () => {
    for (const bad of [
      "localhost",
      ".com",
      "gmail.",
      "a;b.com",
      "a:b.com",
      "a,b.com",
      'a"b.com',
      "a\\b.com",
      "a b.com",
      "a\u0001b.com",
    ])
      expect(() => packDomains(["gmail.com", bad]), bad).toThrow(`"${bad}"`);
  });
});
