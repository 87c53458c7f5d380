import { describe, expect, it } from "vitest";

import { contosoPolicy, SENDER } from "../../test/support/contoso.ts";
import { contactGroup } from "../../test/support/recipients.ts";

import { analyzeAudience } from "./audience.ts";
import { DEFAULT_POLICY } from "./defaultPolicy.ts";
import { evaluate } from "./evaluate.ts";
import type { Message, RecipientInput } from "./message.ts";
import type { Policy } from "./policy.ts";
import type { VerdictCounts } from "./verdict.ts";

const countsOf = (message: Message, policy: Policy = contosoPolicy()): VerdictCounts =>
  evaluate(message, policy).counts;

describe("internal or external", () => {
  // The sender's own domain is left out of these so that only internalDomains decides.
  const policy = contosoPolicy({ senderDomainIsInternal: false });

  it.each<[string, boolean]>([
    ["bob@contoso.com", true],
    ["Bob@CONTOSO.COM", true],
    ["bob@contoso.com.", true],
    ["bob@uk.contoso.com", true],
    ["bob@eu.mail.contoso.com", true],
    ["bob@badcontoso.com", false],
    ["bob@contoso.com.evil.io", false],
    ["bob@contoso.co", false],
    ["bob@contoso-com.net", false],
    ["contoso.com@evil.io", false],
    ['"bob@contoso.com" <bob@evil.io>', false],
  ])("classifies %s as internal: %s", (address, internal) => {
    const counts = countsOf({ from: "desk@fabrikam.com", to: [address] }, policy);
    expect({ visibleInternal: counts.visibleInternal, visibleExternal: counts.visibleExternal }).toEqual(
      internal ? { visibleInternal: 1, visibleExternal: 0 } : { visibleInternal: 0, visibleExternal: 1 },
    );
  });

  it("matches internal domains written with capitals, a trailing dot or in Unicode", () => {
    const counts = countsOf(
      { from: SENDER, to: ["a@contoso.com", "b@xn--mnchen-3ya.de", "c@sub.münchen.de"] },
      contosoPolicy({ internalDomains: ["CONTOSO.com.", "München.de"] }),
    );
    expect(counts.visibleInternal).toBe(3);
  });

  it.each<[string, boolean, RecipientInput | null, string, boolean]>([
    ["the sender's domain", true, "anna@fabrikam.com", "bob@fabrikam.com", true],
    ["a subdomain of the sender's domain", true, "anna@fabrikam.com", "bob@eu.fabrikam.com", true],
    ["the sender's domain with the option off", false, "anna@fabrikam.com", "bob@fabrikam.com", false],
    ["the sender's organisation, above the sender's subdomain", true, "anna@eu.fabrikam.com", "bob@fabrikam.com", true],
    ["a sibling subdomain of the sender's organisation", true, "anna@uk.fabrikam.com", "bob@de.fabrikam.com", true],
    ["the sender's organisation under a two-level suffix", true, "anna@hq.fabrikam.co.uk", "bob@fabrikam.co.uk", true],
    ["another organisation under the sender's suffix", true, "anna@fabrikam.co.uk", "bob@contoso.co.uk", false],
    ["the sender's domain in any case", true, "Anna <ANNA@Fabrikam.COM>", "bob@fabrikam.com", true],
    ["a message with no sender", true, null, "bob@fabrikam.com", false],
    ["a sender with no usable address", true, "Shared Mailbox", "bob@fabrikam.com", false],
  ])("with %s (senderDomainIsInternal %s), %s → %s is internal: %s", (_, option, from, to, internal) => {
    const counts = countsOf({ from, to: [to] }, contosoPolicy({ senderDomainIsInternal: option }));
    expect(counts.visibleInternal).toBe(internal ? 1 : 0);
  });

  it("counts unresolved entries as external", () => {
    expect(countsOf({ from: SENDER, to: [contactGroup("Sales Team"), "bob@contoso.com"] })).toEqual({
      visible: 2,
      visibleInternal: 1,
      visibleExternal: 1,
      parties: 1,
      bcc: 0,
      unresolved: 1,
      contactGroups: 1,
    });
  });
});

describe("counting people once", () => {
  it.each<[string, Message, Pick<VerdictCounts, "visible" | "bcc">]>([
    ["one address twice in To", { to: ["bob@acme.com", "bob@acme.com"] }, { visible: 1, bcc: 0 }],
    ["letter case", { to: ["bob@acme.com", "BOB@Acme.Com"] }, { visible: 1, bcc: 0 }],
    ["To and Cc", { to: ["bob@acme.com"], cc: ["Bob <bob@ACME.com>"] }, { visible: 1, bcc: 0 }],
    ["IDN spellings", { to: ["jo@münchen.de"], cc: ["jo@xn--mnchen-3ya.de."] }, { visible: 1, bcc: 0 }],
    ["To and Bcc: still visible", { to: ["bob@acme.com"], bcc: ["bob@acme.com"] }, { visible: 1, bcc: 0 }],
    ["Cc and Bcc: still visible", { cc: ["bob@acme.com"], bcc: ["BOB@acme.com"] }, { visible: 1, bcc: 0 }],
    ["Bcc only", { bcc: ["bob@acme.com", "Bob@Acme.com", "eve@acme.com"] }, { visible: 0, bcc: 2 }],
    ["Bcc only, not counting unresolved", { bcc: ["bob@acme.com", contactGroup("Sales")] }, { visible: 0, bcc: 1 }],
    ["two contact groups", { to: [contactGroup("Sales"), contactGroup("Sales")] }, { visible: 2, bcc: 0 }],
    ["missing fields", {}, { visible: 0, bcc: 0 }],
  ])("%s", (_, message, expected) => {
    const counts = countsOf({ from: SENDER, ...message });
    expect({ visible: counts.visible, bcc: counts.bcc }).toEqual(expected);
  });
});

describe("parties", () => {
  it.each<[string, RecipientInput[], number]>([
    ["a company's subdomain and its main domain are one party", ["a@sales.acme.com", "b@acme.com"], 1],
    ["many people at one company are one party", ["a@acme.com", "b@acme.com", "c@eu.acme.com"], 1],
    ["acme.co.uk is not acme.com", ["a@acme.com", "b@acme.co.uk"], 2],
    ["a subdomain under a two-level suffix", ["a@acme.co.uk", "b@mail.acme.co.uk"], 1],
    ["two companies under co.uk", ["a@acme.co.uk", "b@globex.co.uk"], 2],
    ["two companies under co.jp", ["a@hooli.co.jp", "b@umbrella.co.jp"], 2],
    ["each webmail user is a party", ["a@gmail.com", "b@gmail.com", "c@gmail.com"], 3],
    ["one webmail user written twice", ["a@gmail.com", "A@GMail.com"], 1],
    ["webmail users and a company", ["a@orange.fr", "b@orange.fr", "c@acme.com", "d@acme.com"], 3],
    ["each unresolved entry is a party", [contactGroup("Sales"), contactGroup("Sales"), "a@acme.com"], 3],
    ["one outside company is no exposure", ["a@acme.com"], 1],
    ["IDN spellings of one company", ["a@münchen.de", "b@xn--mnchen-3ya.de"], 1],
  ])("%s", (_, to, parties) => {
    expect(countsOf({ from: SENDER, to, cc: ["colleague@contoso.com"] }).parties).toBe(parties);
  });

  it("counts each address at a consumer domain added by the policy as a party", () => {
    const to = ["a@members.example.org", "b@members.example.org", "c@sub.members.example.org"];
    expect(countsOf({ from: SENDER, to }).parties).toBe(1);
    expect(countsOf({ from: SENDER, to }, contosoPolicy({ consumerDomains: ["Members.Example.org"] })).parties).toBe(3);
  });

  it("leaves colleagues and Bcc out of the party count", () => {
    const counts = countsOf({
      from: SENDER,
      to: ["bob@contoso.com", "eve@uk.contoso.com"],
      cc: ["a@gmail.com"],
      bcc: ["b@gmail.com", "c@acme.com"],
    });
    expect(counts).toEqual({
      visible: 3,
      visibleInternal: 2,
      visibleExternal: 1,
      parties: 1,
      bcc: 2,
      unresolved: 0,
      contactGroups: 0,
    });
  });
});

describe("exempt recipients", () => {
  const policy = contosoPolicy({ exemptRecipients: ["Archive@Records-Vault.com", "Desk <desk@gmail.com>"] });

  it.each<[string, Message, VerdictCounts]>([
    [
      "are not counted as visible, whatever their letter case",
      { to: ["ARCHIVE@records-vault.com", "a@acme.com"], cc: ["desk@GMAIL.com"] },
      { visible: 1, visibleInternal: 0, visibleExternal: 1, parties: 1, bcc: 0, unresolved: 0, contactGroups: 0 },
    ],
    [
      "do not make a party with another outside company",
      { to: ["archive@records-vault.com", "a@acme.com", "b@globex.com"] },
      { visible: 2, visibleInternal: 0, visibleExternal: 2, parties: 2, bcc: 0, unresolved: 0, contactGroups: 0 },
    ],
    [
      "do not take others at their domain with them",
      { to: ["archive@records-vault.com", "clerk@records-vault.com"] },
      { visible: 1, visibleInternal: 0, visibleExternal: 1, parties: 1, bcc: 0, unresolved: 0, contactGroups: 0 },
    ],
  ])("%s", (_, message, expected) => {
    expect(countsOf({ from: SENDER, ...message }, policy)).toEqual(expected);
  });

  it("are listed apart so the task pane can say who was not counted", () => {
    const audience = analyzeAudience({ from: SENDER, to: ["Archive <archive@records-vault.com>"] }, policy);
    expect(audience.visible).toEqual([]);
    expect(audience.exempt.map((r) => r.identity)).toEqual(["archive@records-vault.com"]);
  });
});

describe("a sender on a consumer mail provider", () => {
  it("does not make every address at that provider a colleague", () => {
    const to = Array.from({ length: 50 }, (_, i) => `customer${i}@gmail.com`);
    const verdict = evaluate({ from: "owner@gmail.com", to }, DEFAULT_POLICY);
    expect(verdict.counts).toMatchObject({ visibleInternal: 0, visibleExternal: 50, parties: 50 });
    expect(verdict.action).toBe("block");
  });

  it("still makes an organisation's own domain internal", () => {
    const verdict = evaluate({ from: "agent@contoso.com", to: ["a@contoso.com", "b@uk.contoso.com"] }, DEFAULT_POLICY);
    expect(verdict.counts.visibleInternal).toBe(2);
  });
});
