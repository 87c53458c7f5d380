import { describe, expect, it } from "vitest";

import { contosoPolicy, SENDER } from "../../test/support/contoso.ts";
import { addresses, contactGroup } from "../../test/support/recipients.ts";

import { evaluate } from "./evaluate.ts";
import type { Message } from "./message.ts";
import type { Policy } from "./policy.ts";
import type { Verdict } from "./verdict.ts";

const NORMAL = { warnAt: 5, blockAt: 20 };
const customers = (count: number): string[] =>
  addresses(count, ["gmail.com", "orange.fr", "btinternet.com"], "customer");
const colleagues = (count: number): string[] => addresses(count, ["contoso.com", "uk.contoso.com"], "colleague");

describe("evaluate: the action, first matching rule wins", () => {
  it.each<[string, Partial<Policy>, Message, Verdict]>([
    [
      "one outside company is no exposure, even with warnAt 2",
      { thresholds: { warnAt: 2, blockAt: 2 } },
      { to: addresses(3, ["acme.com", "sales.acme.com"]) },
      {
        action: "allow",
        reasons: [],
        sensitive: false,
        counts: {
          visible: 3,
          visibleInternal: 0,
          visibleExternal: 3,
          parties: 1,
          bcc: 0,
          unresolved: 0,
          contactGroups: 0,
        },
        thresholds: { warnAt: 2, blockAt: 2 },
      },
    ],
    [
      "one party never exposes anyone, even under thresholds below the schema's minimum of 2",
      { thresholds: { warnAt: 1, blockAt: 1 } },
      { to: ["a@gmail.com"], cc: ["bob@contoso.com"] },
      {
        action: "allow",
        reasons: [],
        sensitive: false,
        counts: {
          visible: 2,
          visibleInternal: 1,
          visibleExternal: 1,
          parties: 1,
          bcc: 0,
          unresolved: 0,
          contactGroups: 0,
        },
        thresholds: { warnAt: 1, blockAt: 1 },
      },
    ],
    [
      "two companies warn at warnAt 2",
      { thresholds: { warnAt: 2, blockAt: 10 } },
      { to: ["a@acme.com", "b@globex.com"] },
      {
        action: "warn",
        reasons: ["exposed-parties"],
        sensitive: false,
        counts: {
          visible: 2,
          visibleInternal: 0,
          visibleExternal: 2,
          parties: 2,
          bcc: 0,
          unresolved: 0,
          contactGroups: 0,
        },
        thresholds: { warnAt: 2, blockAt: 10 },
      },
    ],
    [
      "two companies block when blockAt is 2",
      { thresholds: { warnAt: 2, blockAt: 2 } },
      { to: ["a@acme.com"], cc: ["b@globex.com"] },
      {
        action: "block",
        reasons: ["exposed-parties"],
        sensitive: false,
        counts: {
          visible: 2,
          visibleInternal: 0,
          visibleExternal: 2,
          parties: 2,
          bcc: 0,
          unresolved: 0,
          contactGroups: 0,
        },
        thresholds: { warnAt: 2, blockAt: 2 },
      },
    ],
    [
      "4 parties stay under the default warnAt",
      {},
      { to: customers(4) },
      {
        action: "allow",
        reasons: [],
        sensitive: false,
        counts: {
          visible: 4,
          visibleInternal: 0,
          visibleExternal: 4,
          parties: 4,
          bcc: 0,
          unresolved: 0,
          contactGroups: 0,
        },
        thresholds: NORMAL,
      },
    ],
    [
      "5 parties warn",
      {},
      { cc: customers(5) },
      {
        action: "warn",
        reasons: ["exposed-parties"],
        sensitive: false,
        counts: {
          visible: 5,
          visibleInternal: 0,
          visibleExternal: 5,
          parties: 5,
          bcc: 0,
          unresolved: 0,
          contactGroups: 0,
        },
        thresholds: NORMAL,
      },
    ],
    [
      "19 parties warn",
      {},
      { to: customers(10), cc: customers(19) },
      {
        action: "warn",
        reasons: ["exposed-parties"],
        sensitive: false,
        counts: {
          visible: 19,
          visibleInternal: 0,
          visibleExternal: 19,
          parties: 19,
          bcc: 0,
          unresolved: 0,
          contactGroups: 0,
        },
        thresholds: NORMAL,
      },
    ],
    [
      "20 parties block",
      {},
      { to: customers(20), cc: colleagues(3), bcc: customers(25) },
      {
        action: "block",
        reasons: ["exposed-parties"],
        sensitive: false,
        counts: {
          visible: 23,
          visibleInternal: 3,
          visibleExternal: 20,
          parties: 20,
          bcc: 5,
          unresolved: 0,
          contactGroups: 0,
        },
        thresholds: NORMAL,
      },
    ],
    [
      "100 colleagues warn of a reply-all storm",
      {},
      { to: colleagues(100) },
      {
        action: "warn",
        reasons: ["large-audience"],
        sensitive: false,
        counts: {
          visible: 100,
          visibleInternal: 100,
          visibleExternal: 0,
          parties: 0,
          bcc: 0,
          unresolved: 0,
          contactGroups: 0,
        },
        thresholds: NORMAL,
      },
    ],
    [
      "99 colleagues are fine",
      {},
      { to: colleagues(99) },
      {
        action: "allow",
        reasons: [],
        sensitive: false,
        counts: {
          visible: 99,
          visibleInternal: 99,
          visibleExternal: 0,
          parties: 0,
          bcc: 0,
          unresolved: 0,
          contactGroups: 0,
        },
        thresholds: NORMAL,
      },
    ],
    [
      "largeAudience null turns the reply-all rule off",
      { largeAudience: { warnAt: null } },
      { to: colleagues(500) },
      {
        action: "allow",
        reasons: [],
        sensitive: false,
        counts: {
          visible: 500,
          visibleInternal: 500,
          visibleExternal: 0,
          parties: 0,
          bcc: 0,
          unresolved: 0,
          contactGroups: 0,
        },
        thresholds: NORMAL,
      },
    ],
    [
      "150 people at one partner warn of the audience, not of exposure",
      {},
      { to: addresses(150, "fabrikam.com") },
      {
        action: "warn",
        reasons: ["large-audience"],
        sensitive: false,
        counts: {
          visible: 150,
          visibleInternal: 0,
          visibleExternal: 150,
          parties: 1,
          bcc: 0,
          unresolved: 0,
          contactGroups: 0,
        },
        thresholds: NORMAL,
      },
    ],
    [
      "exposed parties win over a large audience (the design's example: 312 visible, 298 parties)",
      {},
      { to: [...customers(297), ...addresses(15, ["acme.com", "eu.acme.com"])] },
      {
        action: "block",
        reasons: ["exposed-parties"],
        sensitive: false,
        counts: {
          visible: 312,
          visibleInternal: 0,
          visibleExternal: 312,
          parties: 298,
          bcc: 0,
          unresolved: 0,
          contactGroups: 0,
        },
        thresholds: NORMAL,
      },
    ],
    [
      "a parties warning wins over a large-audience warning",
      {},
      { to: colleagues(95), cc: customers(7) },
      {
        action: "warn",
        reasons: ["exposed-parties"],
        sensitive: false,
        counts: {
          visible: 102,
          visibleInternal: 95,
          visibleExternal: 7,
          parties: 7,
          bcc: 0,
          unresolved: 0,
          contactGroups: 0,
        },
        thresholds: NORMAL,
      },
    ],
    [
      "warn-only turns a block into a warning",
      { mode: "warn-only" },
      { to: customers(40) },
      {
        action: "warn",
        reasons: ["exposed-parties"],
        sensitive: false,
        counts: {
          visible: 40,
          visibleInternal: 0,
          visibleExternal: 40,
          parties: 40,
          bcc: 0,
          unresolved: 0,
          contactGroups: 0,
        },
        thresholds: NORMAL,
      },
    ],
    [
      "warn-only leaves a quiet message quiet",
      { mode: "warn-only" },
      { to: customers(1), cc: colleagues(4) },
      {
        action: "allow",
        reasons: [],
        sensitive: false,
        counts: {
          visible: 5,
          visibleInternal: 4,
          visibleExternal: 1,
          parties: 1,
          bcc: 0,
          unresolved: 0,
          contactGroups: 0,
        },
        thresholds: NORMAL,
      },
    ],
    [
      "unresolved entries are reported even when the message is allowed",
      {},
      { to: [...customers(3), "Sales Team"] },
      {
        action: "allow",
        reasons: ["unresolved"],
        sensitive: false,
        counts: {
          visible: 4,
          visibleInternal: 0,
          visibleExternal: 4,
          parties: 4,
          bcc: 0,
          unresolved: 1,
          contactGroups: 0,
        },
        thresholds: NORMAL,
      },
    ],
    [
      "unresolved entries count as parties and are reported after the rule that decided",
      {},
      { to: [...customers(19), "Sales Team"] },
      {
        action: "block",
        reasons: ["exposed-parties", "unresolved"],
        sensitive: false,
        counts: {
          visible: 20,
          visibleInternal: 0,
          visibleExternal: 20,
          parties: 20,
          bcc: 0,
          unresolved: 1,
          contactGroups: 0,
        },
        thresholds: NORMAL,
      },
    ],
    [
      "an unresolved entry only in Bcc is nobody's exposure",
      {},
      { to: colleagues(2), bcc: [contactGroup("Customers")] },
      {
        action: "allow",
        reasons: [],
        sensitive: false,
        counts: {
          visible: 2,
          visibleInternal: 2,
          visibleExternal: 0,
          parties: 0,
          bcc: 0,
          unresolved: 0,
          contactGroups: 0,
        },
        thresholds: NORMAL,
      },
    ],
    [
      "customers already in Bcc are safe",
      {},
      { to: [SENDER], bcc: customers(400) },
      {
        action: "allow",
        reasons: [],
        sensitive: false,
        counts: {
          visible: 1,
          visibleInternal: 1,
          visibleExternal: 0,
          parties: 0,
          bcc: 400,
          unresolved: 0,
          contactGroups: 0,
        },
        thresholds: NORMAL,
      },
    ],
    [
      "an empty message",
      {},
      {},
      {
        action: "allow",
        reasons: [],
        sensitive: false,
        counts: {
          visible: 0,
          visibleInternal: 0,
          visibleExternal: 0,
          parties: 0,
          bcc: 0,
          unresolved: 0,
          contactGroups: 0,
        },
        thresholds: NORMAL,
      },
    ],
  ])("%s", (_, changes, message, expected) => {
    expect(evaluate({ from: SENDER, ...message }, contosoPolicy(changes))).toEqual(expected);
  });
});

describe("evaluate: sensitive messages", () => {
  const clinic = contosoPolicy({ sensitive: { keywords: ["HIV", "sexual health"], warnAt: 2, blockAt: 3 } });
  const SENSITIVE = { warnAt: 2, blockAt: 3 };

  it.each<[string, Pick<Message, "subject" | "body">, number, Pick<Verdict, "action" | "reasons" | "thresholds">]>([
    [
      "a keyword in the subject",
      { subject: "HIV clinic: new opening hours" },
      3,
      { action: "block", reasons: ["exposed-parties", "sensitive"], thresholds: SENSITIVE },
    ],
    [
      "a keyword in the body",
      { subject: "Newsletter", body: "News from the hiv, hepatitis and PrEP team" },
      3,
      { action: "block", reasons: ["exposed-parties", "sensitive"], thresholds: SENSITIVE },
    ],
    [
      "a phrase broken over lines",
      { body: "Your sexual\n   health appointment" },
      2,
      { action: "warn", reasons: ["exposed-parties", "sensitive"], thresholds: SENSITIVE },
    ],
    [
      "one party alone, even on a sensitive message",
      { subject: "HIV results" },
      1,
      { action: "allow", reasons: ["sensitive"], thresholds: SENSITIVE },
    ],
    [
      "a keyword hidden inside another word",
      { subject: "Archive of the minutes" },
      3,
      { action: "allow", reasons: [], thresholds: NORMAL },
    ],
    [
      "a phrase made of the subject's end and the body's start",
      { subject: "Invitation: sexual", body: "health is not mentioned here" },
      3,
      { action: "allow", reasons: [], thresholds: NORMAL },
    ],
  ])("%s", (_, text, customerCount, expected) => {
    const verdict = evaluate({ from: SENDER, to: customers(customerCount), cc: colleagues(2), ...text }, clinic);
    expect({ action: verdict.action, reasons: verdict.reasons, thresholds: verdict.thresholds }).toEqual(expected);
    expect(verdict.sensitive).toBe(expected.thresholds === SENSITIVE);
  });

  it("needs keywords in the policy", () => {
    expect(evaluate({ from: SENDER, subject: "HIV", to: customers(3) }, contosoPolicy()).sensitive).toBe(false);
  });

  it("with warn-only, warns instead of blocking a sensitive message", () => {
    const verdict = evaluate({ from: SENDER, subject: "HIV", to: customers(3) }, { ...clinic, mode: "warn-only" });
    expect(verdict).toEqual({
      action: "warn",
      reasons: ["exposed-parties", "sensitive"],
      sensitive: true,
      counts: {
        visible: 3,
        visibleInternal: 0,
        visibleExternal: 3,
        parties: 3,
        bcc: 0,
        unresolved: 0,
        contactGroups: 0,
      },
      thresholds: SENSITIVE,
    });
  });

  it("still warns of a large audience of colleagues", () => {
    const verdict = evaluate({ from: SENDER, subject: "HIV", to: colleagues(120) }, clinic);
    expect({ action: verdict.action, reasons: verdict.reasons }).toEqual({
      action: "warn",
      reasons: ["large-audience", "sensitive"],
    });
  });
});
