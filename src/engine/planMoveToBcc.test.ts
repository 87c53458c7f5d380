import { describe, expect, it } from "vitest";

import { contosoPolicy, SENDER } from "../../test/support/contoso.ts";
import { contactGroup } from "../../test/support/recipients.ts";

import type { Message } from "./message.ts";
import { planMoveToBcc } from "./planMoveToBcc.ts";
import type { MovePlan, PlannedRecipient } from "./planMoveToBcc.ts";
import type { Policy } from "./policy.ts";

/** A planned recipient whose display name is its address, as Outlook shows a bare address. */
const bare = (address: string): PlannedRecipient => ({ emailAddress: address, displayName: address });
const named = (displayName: string, emailAddress: string): PlannedRecipient => ({ emailAddress, displayName });
const withScope = (scope: "external" | "all", keepSenderInTo = true): Policy =>
  contosoPolicy({ moveToBcc: { scope, keepSenderInTo } });

const MIXED: Message = {
  from: `Anna Berg <${SENDER}>`,
  to: ["bob@contoso.com", "c1@gmail.com", "Dan <dan@acme.com>"],
  cc: ["eve@uk.contoso.com", "f@orange.fr", "ceo@contoso.com.evil.io"],
  bcc: ["g@globex.com"],
};

describe("planMoveToBcc", () => {
  it.each<[string, Message, Policy, MovePlan]>([
    [
      "moves outside people, keeps colleagues in place and appends the moved in To-then-Cc order",
      MIXED,
      withScope("external"),
      {
        to: [bare("bob@contoso.com")],
        cc: [bare("eve@uk.contoso.com")],
        bcc: [
          bare("g@globex.com"),
          bare("c1@gmail.com"),
          named("Dan", "dan@acme.com"),
          bare("f@orange.fr"),
          bare("ceo@contoso.com.evil.io"),
        ],
        moved: 4,
        cannotMove: [],
        senderAddedToTo: false,
      },
    ],
    [
      "with scope all, moves colleagues too and puts the sender in the emptied To",
      MIXED,
      withScope("all"),
      {
        to: [named("Anna Berg", SENDER)],
        cc: [],
        bcc: [
          bare("g@globex.com"),
          bare("bob@contoso.com"),
          bare("c1@gmail.com"),
          named("Dan", "dan@acme.com"),
          bare("eve@uk.contoso.com"),
          bare("f@orange.fr"),
          bare("ceo@contoso.com.evil.io"),
        ],
        moved: 6,
        cannotMove: [],
        senderAddedToTo: true,
      },
    ],
    [
      "puts the sender in To when every person in To moved",
      { from: SENDER, to: ["a@gmail.com", "b@acme.com"], cc: ["bob@contoso.com"] },
      withScope("external"),
      {
        to: [bare(SENDER)],
        cc: [bare("bob@contoso.com")],
        bcc: [bare("a@gmail.com"), bare("b@acme.com")],
        moved: 2,
        cannotMove: [],
        senderAddedToTo: true,
      },
    ],
    [
      "leaves To empty when keepSenderInTo is off",
      { from: SENDER, to: ["a@gmail.com", "b@acme.com"] },
      withScope("external", false),
      {
        to: [],
        cc: [],
        bcc: [bare("a@gmail.com"), bare("b@acme.com")],
        moved: 2,
        cannotMove: [],
        senderAddedToTo: false,
      },
    ],
    [
      "does not add the sender when nobody moved",
      { from: SENDER, cc: ["bob@contoso.com"], bcc: ["a@gmail.com"] },
      withScope("external"),
      {
        to: [],
        cc: [bare("bob@contoso.com")],
        bcc: [bare("a@gmail.com")],
        moved: 0,
        cannotMove: [],
        senderAddedToTo: false,
      },
    ],
    [
      "keeps the sender where they are with scope all, without repeating them",
      { from: SENDER, to: ["ANNA.BERG@contoso.com", "a@gmail.com"], cc: ["bob@contoso.com"] },
      withScope("all"),
      {
        to: [bare("ANNA.BERG@contoso.com")],
        cc: [],
        bcc: [bare("a@gmail.com"), bare("bob@contoso.com")],
        moved: 2,
        cannotMove: [],
        senderAddedToTo: false,
      },
    ],
    [
      "never moves a sender from outside the internal domains, who sees only their own address",
      { from: "Anna <anna@gmail.com>", to: ["Anna@Gmail.com"], cc: ["a@acme.com", "b@globex.com"] },
      contosoPolicy({ senderDomainIsInternal: false }),
      {
        to: [bare("Anna@Gmail.com")],
        cc: [],
        bcc: [bare("a@acme.com"), bare("b@globex.com")],
        moved: 2,
        cannotMove: [],
        senderAddedToTo: false,
      },
    ],
    [
      "adds someone already in Bcc only once, and someone in To and Cc only once",
      { from: SENDER, to: ["a@gmail.com", "b@acme.com"], cc: ["A@GMAIL.com", "b@acme.com"], bcc: ["A@Gmail.com"] },
      withScope("external"),
      {
        to: [bare(SENDER)],
        cc: [],
        bcc: [bare("A@Gmail.com"), bare("b@acme.com")],
        moved: 2,
        cannotMove: [],
        senderAddedToTo: true,
      },
    ],
    [
      "lists unresolved entries as impossible to move and leaves them in place",
      { from: SENDER, to: [contactGroup("Sales Team"), "a@gmail.com"], cc: ["Board list", "b@acme.com"] },
      withScope("all"),
      {
        to: [named("Sales Team", "")],
        cc: [named("", "Board list")],
        bcc: [bare("a@gmail.com"), bare("b@acme.com")],
        moved: 2,
        cannotMove: [named("Sales Team", ""), named("", "Board list")],
        senderAddedToTo: false,
      },
    ],
    [
      "keeps unresolved entries already in Bcc",
      { from: SENDER, to: ["a@gmail.com"], bcc: [contactGroup("Customers"), contactGroup("Customers")] },
      withScope("external"),
      {
        to: [bare(SENDER)],
        cc: [],
        bcc: [named("Customers", ""), named("Customers", ""), bare("a@gmail.com")],
        moved: 1,
        cannotMove: [],
        senderAddedToTo: true,
      },
    ],
    [
      "cannot put a sender without an address in To",
      { from: "Shared Mailbox", to: ["a@gmail.com", "b@acme.com"] },
      withScope("external"),
      {
        to: [],
        cc: [],
        bcc: [bare("a@gmail.com"), bare("b@acme.com")],
        moved: 2,
        cannotMove: [],
        senderAddedToTo: false,
      },
    ],
    [
      "writes back unwrapped, trimmed addresses with their display names",
      { from: SENDER, to: ['  "Berg, Dan" <Dan@Acme.com> ', { emailAddress: "x@gmail.com", displayName: "Xi" }] },
      withScope("external"),
      {
        to: [bare(SENDER)],
        cc: [],
        bcc: [named("Berg, Dan", "Dan@Acme.com"), named("Xi", "x@gmail.com")],
        moved: 2,
        cannotMove: [],
        senderAddedToTo: true,
      },
    ],
  ])("%s", (_, message, policy, expected) => {
    expect(planMoveToBcc(message, policy)).toEqual(expected);
  });

  describe("exempt recipients", () => {
    const message: Message = { from: SENDER, to: ["Archive@Records-Vault.com", "a@gmail.com"], cc: ["b@acme.com"] };
    const exempt = (scope: "external" | "all"): Policy =>
      contosoPolicy({ exemptRecipients: ["archive@records-vault.com"], moveToBcc: { scope, keepSenderInTo: true } });

    it("stay where they are with scope external", () => {
      expect(planMoveToBcc(message, exempt("external"))).toEqual({
        to: [bare("Archive@Records-Vault.com")],
        cc: [],
        bcc: [bare("a@gmail.com"), bare("b@acme.com")],
        moved: 2,
        cannotMove: [],
        senderAddedToTo: false,
      });
    });

    it("stay where they are with scope all too: exempt addresses are never moved", () => {
      expect(planMoveToBcc(message, exempt("all"))).toEqual({
        to: [bare("Archive@Records-Vault.com")],
        cc: [],
        bcc: [bare("a@gmail.com"), bare("b@acme.com")],
        moved: 2,
        cannotMove: [],
        senderAddedToTo: false,
      });
    });
  });
});
