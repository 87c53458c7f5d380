import { describe, expect, it } from "vitest";

import { DEFAULT_POLICY } from "../../engine/index.ts";
import type { Message, Policy, RecipientInput } from "../../engine/index.ts";
import { EN_PANE } from "../../engine/texts/en/pane.ts";
import { FR_PANE } from "../../engine/texts/fr/pane.ts";
import type { PaneStrings } from "../../engine/texts/paneCatalog.ts";

import { viewMessage } from "./messageView.ts";
import { summarizeStatus } from "./statusSummary.ts";

const POLICY: Policy = { ...DEFAULT_POLICY, internalDomains: ["contoso.com"] };
const FROM = "anna@contoso.com";
/** `count` people, each at an organisation of their own. */
const customers = (count: number): string[] => Array.from({ length: count }, (_, i) => `buyer@customer${i}.com`);
const personal = (count: number): string[] => Array.from({ length: count }, (_, i) => `friend${i}@gmail.com`);
const contactGroup = (name: string): RecipientInput => ({
  emailAddress: "",
  displayName: name,
  recipientType: "distributionList",
});

/** What the status banner shows for a message, as the pane computes it. */
function status(message: Message, strings: PaneStrings, policy: Policy = POLICY) {
  const view = viewMessage({ from: FROM, ...message }, policy, 500);
  return summarizeStatus(view.verdict, view.audience.groups, strings, policy.organization);
}

describe("the status at the top of the pane", () => {
  it("blocks 25 outside organisations, says how many people, and that they must go to Bcc first", () => {
    expect(status({ to: customers(25) }, EN_PANE)).toEqual({
      intent: "error",
      title: "Would be blocked",
      sentences: [
        "25 people outside your organisation would see each other's addresses.",
        "You can't send it like this: move them to Bcc first.",
      ],
    });
    expect(status({ to: customers(25) }, FR_PANE)).toEqual({
      intent: "error",
      title: "Serait bloqué",
      sentences: [
        "25 personnes extérieures à votre organisation verraient les adresses les unes des autres.",
        "Impossible d'envoyer le message en l'état\u00a0: déplacez-les d'abord en Cci.",
      ],
    });
  });

  it("warns from 6 organisations and leaves sending to the user", () => {
    expect(status({ to: customers(6) }, EN_PANE)).toEqual({
      intent: "warning",
      title: "Warning",
      sentences: [
        "6 people outside your organisation would see each other's addresses.",
        "Move them to Bcc, or send anyway if that's intended.",
      ],
    });
    expect(status({ to: customers(6) }, FR_PANE).sentences[1]).toBe(
      "Déplacez-les en Cci, ou envoyez le message quand même si c'est voulu.",
    );
  });

  it("says personal addresses as such, in the alert's words, and tells them from organisations", () => {
    expect(status({ to: personal(30) }, EN_PANE).sentences[0]).toBe(
      "30 people outside your organisation, with personal addresses, would see each other's addresses.",
    );
    expect(status({ to: [...personal(25), ...customers(3)] }, EN_PANE).sentences[0]).toBe(
      "28 people outside your organisation (25 with personal addresses, the others from 3 different organisations) " +
        "would see each other's addresses.",
    );
    expect(status({ to: [...personal(25), ...customers(3)] }, FR_PANE).sentences[0]).toBe(
      "28 personnes extérieures à votre organisation (dont 25 avec une adresse personnelle, les autres issues de " +
        "3 organisations différentes) verraient les adresses les unes des autres.",
    );
  });

  it("names the organisation as the alert does, when the policy gives its name", () => {
    const contoso: Policy = { ...POLICY, organization: "Contoso" };
    expect(status({ to: customers(25) }, EN_PANE, contoso).sentences[0]).toBe(
      "25 people outside Contoso would see each other's addresses.",
    );
    const sensitive: Policy = { ...contoso, sensitive: { ...contoso.sensitive, keywords: ["patient"] } };
    const summary = status({ to: customers(3), subject: "Patient list" }, EN_PANE, sensitive);
    expect(summary.sentences.join(" ")).toContain("Contoso");
    expect(summary.sentences.join(" ")).not.toContain("your organisation");
  });

  it("under the warning limit, is safe to send and says what the limit is", () => {
    const summary = status({ to: customers(3) }, EN_PANE);
    expect(summary).toEqual({
      intent: "success",
      title: "Safe to send",
      sentences: [
        "3 people outside your organisation would see each other's addresses. That is under the limit of 5 outside organisations.",
      ],
    });
    expect(status({ to: customers(3) }, FR_PANE).sentences).toEqual([
      "3 personnes extérieures à votre organisation verraient les adresses les unes des autres. " +
        "C'est sous la limite de 5 organisations externes.",
    ]);
  });

  it("is safe with no outside organisation to show to another, or no one at all", () => {
    const oneCustomer = { to: ["dana@contoso.com", "buyer@fabrikam.com", "other@fabrikam.com"] };
    expect(status(oneCustomer, EN_PANE)).toEqual({
      intent: "success",
      title: "Safe to send",
      sentences: ["No outside organisation would see another one's addresses."],
    });
    expect(status({ to: ["dana@contoso.com"] }, EN_PANE).sentences).toEqual(["Only colleagues are in To and Cc."]);
    expect(status({}, FR_PANE).sentences).toEqual(["Aucun destinataire pour l'instant."]);
  });

  it("on a sensitive message, says why the limits are lower and what they are", () => {
    const policy = { ...POLICY, sensitive: { keywords: ["merger"], warnAt: 2, blockAt: 3 } };
    const summary = status({ to: customers(2), subject: "Merger plans" }, EN_PANE, policy);
    expect(summary.intent).toBe("warning");
    expect(summary.sentences).toEqual([
      "2 people outside your organisation would see each other's addresses.",
      "This message contains words your organisation marks as sensitive, so the limit is lower. " +
        "BCC Guard warns from 2 outside organisations and blocks from 3.",
      "Move them to Bcc, or send anyway if that's intended.",
    ]);
  });

  it("for a contact group, says what Outlook will do with it and what to do, not the exposure advice", () => {
    const summary = status({ to: [contactGroup("All customers"), "buyer@fabrikam.com"] }, EN_PANE);
    expect(summary.intent).toBe("warning");
    expect(summary.sentences).toEqual([
      "1 contact group in To or Cc will show its members each other's addresses when it's sent.",
      "Put it in Bcc, or expand it with + and choose Move to Bcc.",
    ]);
    expect(status({ to: [contactGroup("A"), contactGroup("B")] }, FR_PANE).sentences).toEqual([
      "2 groupes de contacts en À ou Cc montreront à leurs membres les adresses des autres à l'envoi.",
      "Mettez-les en Cci, ou développez-les avec + puis choisissez Déplacer en Cci.",
    ]);
  });

  it("warns about a large audience of colleagues with the alert's sentence", () => {
    const colleagues = Array.from({ length: 150 }, (_, i) => `colleague${i}@contoso.com`);
    const summary = status({ to: colleagues }, EN_PANE);
    expect(summary.intent).toBe("warning");
    expect(summary.sentences[0]).toBe(
      "This message goes to 150 people in To and Cc, so a reply-all would reach all of them.",
    );
  });
});
