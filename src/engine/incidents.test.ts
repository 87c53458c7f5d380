import { describe, expect, it } from "vitest";

import { contosoPolicy, SENDER } from "../../test/support/contoso.ts";
import { addresses } from "../../test/support/recipients.ts";

import { evaluate } from "./evaluate.ts";
import { planMoveToBcc } from "./planMoveToBcc.ts";

// The real Bcc incidents behind the design (shared reference: anchors), replayed on the engine.

const WEBMAIL = [
  "gmail.com",
  "hotmail.co.uk",
  "orange.net",
  "btinternet.com",
  "yahoo.co.uk",
  "orange.fr",
  "outlook.com",
  "sky.com",
];
const NORMAL = { warnAt: 5, blockAt: 20 };
const healthcare = contosoPolicy({
  organization: "NHS Highland",
  internalDomains: ["nhs.scot", "nhs.net"],
  sensitive: { keywords: ["HIV", "sexual health", "PrEP", "gender identity"], warnAt: 2, blockAt: 3 },
});

describe("incidents", () => {
  it("Orange: 300 customers on 8 webmail domains in To are blocked (a domain count would see only 8)", () => {
    const to = addresses(300, WEBMAIL, "customer");
    expect(
      evaluate({ from: "service@orange-business.example", subject: "Your feedback", to }, contosoPolicy()),
    ).toEqual({
      action: "block",
      reasons: ["exposed-parties"],
      sensitive: false,
      counts: {
        visible: 300,
        visibleInternal: 0,
        visibleExternal: 300,
        parties: 300,
        bcc: 0,
        unresolved: 0,
        contactGroups: 0,
      },
      thresholds: NORMAL,
    });
  });

  it("Vodafone: 416 customers in Cc are blocked just as in To", () => {
    const cc = addresses(416, [...WEBMAIL, "vodafone-customer.example"], "customer");
    expect(evaluate({ from: SENDER, to: [SENDER], cc }, contosoPolicy())).toEqual({
      action: "block",
      reasons: ["exposed-parties"],
      sensitive: false,
      // The customers on one non-webmail domain are one party: 416 people, 416 - 46 + 1 parties.
      counts: {
        visible: 417,
        visibleInternal: 1,
        visibleExternal: 416,
        parties: 371,
        bcc: 0,
        unresolved: 0,
        contactGroups: 0,
      },
      thresholds: NORMAL,
    });
  });

  it("56 Dean Street: 781 clinic patients in To are blocked", () => {
    const to = addresses(781, WEBMAIL, "patient");
    const verdict = evaluate({ from: "newsletter@contoso.com", subject: "Option E newsletter", to }, contosoPolicy());
    expect({ action: verdict.action, visible: verdict.counts.visible, parties: verdict.counts.parties }).toEqual({
      action: "block",
      visible: 781,
      parties: 781,
    });
  });

  it("NHS Highland: 37 people in Cc of an HIV-services invitation are blocked at the sensitive thresholds", () => {
    const message = {
      from: "clinic@nhs.scot",
      subject: "Invitation: HIV services community meeting",
      to: ["coordinator@nhs.scot"],
      cc: addresses(37, WEBMAIL, "member"),
    };
    expect(evaluate(message, healthcare)).toEqual({
      action: "block",
      reasons: ["exposed-parties", "sensitive"],
      sensitive: true,
      counts: {
        visible: 38,
        visibleInternal: 1,
        visibleExternal: 37,
        parties: 37,
        bcc: 0,
        unresolved: 0,
        contactGroups: 0,
      },
      thresholds: { warnAt: 2, blockAt: 3 },
    });
  });

  it("Patient and Client Council: 15 people on a gender identity panel are blocked only because it is sensitive", () => {
    const cc = addresses(15, WEBMAIL, "panel");
    const sensitive = evaluate({ from: "office@nhs.net", subject: "Gender identity liaison panel", cc }, healthcare);
    const plain = evaluate({ from: "office@nhs.net", subject: "Liaison panel", cc }, healthcare);
    expect([sensitive.action, plain.action]).toEqual(["block", "warn"]);
  });

  it("an internal memo to 60 colleagues on contoso.com and uk.contoso.com is allowed", () => {
    const to = addresses(60, ["contoso.com", "uk.contoso.com", "eu.mail.contoso.com"], "colleague");
    expect(evaluate({ from: SENDER, subject: "All-hands", to }, contosoPolicy())).toEqual({
      action: "allow",
      reasons: [],
      sensitive: false,
      counts: {
        visible: 60,
        visibleInternal: 60,
        visibleExternal: 0,
        parties: 0,
        bcc: 0,
        unresolved: 0,
        contactGroups: 0,
      },
      thresholds: NORMAL,
    });
  });

  it("a lookalike contoso.com.evil.io slipped into the memo is external", () => {
    const to = [
      ...addresses(60, ["contoso.com", "uk.contoso.com"], "colleague"),
      "ceo@contoso.com.evil.io",
      "it@badcontoso.com",
    ];
    expect(evaluate({ from: SENDER, to }, contosoPolicy()).counts).toEqual({
      visible: 62,
      visibleInternal: 60,
      visibleExternal: 2,
      parties: 2,
      bcc: 0,
      unresolved: 0,
      contactGroups: 0,
    });
  });

  it("a thread with two partner companies stays quiet", () => {
    const message = {
      from: SENDER,
      subject: "Re: Re: Project plan",
      to: ["pm@fabrikam.com", "dev1@fabrikam.com", "lead@eng.fabrikam.com", "buyer@northwind.co.uk"],
      cc: ["legal@sales.northwind.co.uk", "bob@contoso.com", "eve@uk.contoso.com", "ops@northwind.co.uk"],
    };
    expect(evaluate(message, contosoPolicy())).toEqual({
      action: "allow",
      reasons: [],
      sensitive: false,
      counts: {
        visible: 8,
        visibleInternal: 2,
        visibleExternal: 6,
        parties: 2,
        bcc: 0,
        unresolved: 0,
        contactGroups: 0,
      },
      thresholds: NORMAL,
    });
  });

  it("after Move to Bcc, the Orange message exposes nobody and still reaches all 300", () => {
    const message = { from: SENDER, to: addresses(300, WEBMAIL, "customer") };
    const plan = planMoveToBcc(message, contosoPolicy());
    expect(evaluate({ from: SENDER, to: plan.to, cc: plan.cc, bcc: plan.bcc }, contosoPolicy())).toEqual({
      action: "allow",
      reasons: [],
      sensitive: false,
      counts: {
        visible: 1,
        visibleInternal: 1,
        visibleExternal: 0,
        parties: 0,
        bcc: 300,
        unresolved: 0,
        contactGroups: 0,
      },
      thresholds: NORMAL,
    });
  });
});
