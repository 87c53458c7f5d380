import type { PaneStrings } from "../paneCatalog.ts";
import { paneExposure } from "../paneExposure.ts";
import { sharedPaneSentences } from "../sharedPaneSentences.ts";
import { sanitizeOrganization } from "../sanitizeName.ts";
import { listText, numberText, pluralForm } from "../numbers.ts";

import { EN as ALERTS } from "./alerts.ts";

const n = (value: number) => numberText(value, "en");
const people = (value: number) => `${n(value)} ${pluralForm(value, "en", { one: "person", other: "people" })}`;
const organisations = (value: number) =>
  `${n(value)} outside ${pluralForm(value, "en", { one: "organisation", other: "organisations" })}`;
const groups = (value: number) =>
  `${n(value)} ${pluralForm(value, "en", { one: "contact group", other: "contact groups" })}`;
// Sentences the alert, the notice or the infobar also say come from ALERTS, through `shared`: translated once.
const say = (...sentences: string[]) => sentences.join(ALERTS.sentenceGap);
const shared = sharedPaneSentences(ALERTS, "en");

const joinClauses = (clauses: string[]) =>
  clauses.length > 1 ? `${clauses.slice(0, -1).join(", ")} and ${clauses[clauses.length - 1]}` : (clauses[0] ?? "");

/** English, with British spelling as in the rest of BCC Guard. */
export const EN_PANE: PaneStrings = {
  language: "en",
  appTitle: "BCC Guard",
  monitorMode:
    "Monitor mode: your organisation is trying BCC Guard out. It records what it would do but won't stop or warn at Send.",
  loading: "Reading the recipients…",
  readFailed: "BCC Guard couldn't read the recipients of this message.",
  notInOutlook: "BCC Guard couldn't connect to Outlook. Close this pane and open it again from the ribbon.",
  retry: "Retry",
  fields: shared.fields,

  status: {
    ...shared.status,
    safe: "Safe to send",
    warn: "Warning",
    block: "Would be blocked",
    belowLimit: (facts, w) => say(paneExposure(ALERTS, facts, "en"), `That is under the limit of ${organisations(w)}.`),
    sensitive: (w, b, organization) =>
      say(
        ALERTS.sensitive(sanitizeOrganization(organization)),
        `BCC Guard warns from ${organisations(w)} and blocks from ${n(b)}.`,
      ),
    noRecipients: "No recipients yet.",
    onlyColleagues: "Only colleagues are in To and Cc.",
    oneParty: "No outside organisation would see another one's addresses.",
  },

  opened: {
    sendBlock: "Opened from the send alert: the message would be blocked.",
    sendWarn: "Opened from the send alert: the message needs a check before it goes.",
    sendError: "Opened from the send alert: BCC Guard couldn't check the recipients when you selected Send.",
    infobar: "Opened from the BCC Guard notice on this message.",
  },

  counts: {
    heading: "Recipients",
    inToCc: (o, c) =>
      `In To and Cc: ${n(o)} from outside and ${n(c)} ${pluralForm(c, "en", { one: "colleague", other: "colleagues" })}.`,
  },

  move: {
    ...shared.move,
    preview: ({ moved, kept, keptAreColleagues, senderAddedToTo, cannotMove }) => {
      const clauses = [`Moves ${people(moved)} to Bcc`];
      if (kept > 0) {
        const who = keptAreColleagues
          ? `${n(kept)} ${pluralForm(kept, "en", { one: "colleague", other: "colleagues" })}`
          : people(kept);
        clauses.push(`keeps ${who} visible`);
      }
      if (senderAddedToTo) clauses.push("puts you in To");
      if (cannotMove > 0) clauses.push(`leaves ${groups(cannotMove)} where ${cannotMove === 1 ? "it is" : "they are"}`);
      return `${joinClauses(clauses)}.`;
    },
    blockedByGroups: (field, names) =>
      names.length === 1
        ? `Move to Bcc can't run while ${field} holds the contact group ${listText(names, "en")}: ` +
          `expand it (select the + next to its name) or remove it first.`
        : `Move to Bcc can't run while ${field} holds the contact groups ${listText(names, "en")}: ` +
          `expand them (select the + next to each name) or remove them first.`,
    blockedByLimit: (field, would, limit) =>
      `Move to Bcc can't run: ${field} would hold ${people(would)}, and Outlook allows ${n(limit)} in one field. ` +
      `Send the message in smaller groups.`,
    moving: "Moving to Bcc…",
    undoing: "Undoing…",
    slowOutlook:
      "Outlook is slow to answer. If it has not answered within 15 seconds, BCC Guard stops safely and says what to do.",
    progress: (done, total) => `Moving ${n(done)} of ${people(total)}…`,
    undoInMemoryOnly: "Undo is available while this pane stays open.",
    unresolvedRefused: (field, names) =>
      names.length === 1
        ? `Nothing was moved: Outlook can't rewrite ${field} while it holds the contact group ${listText(names, "en")}. ` +
          `Expand it (select the + next to its name) or remove it, then try again.`
        : `Nothing was moved: Outlook can't rewrite ${field} while it holds the contact groups ${listText(names, "en")}. ` +
          `Expand them (select the + next to each name) or remove them, then try again.`,
    failedTitle: "Move to Bcc didn't finish",
    failed: {
      read: shared.failedRead,
      "add-bcc":
        "Outlook stopped while adding people to Bcc. Nobody was removed from To or Cc; some people may already be in Bcc as well.",
      "verify-bcc": "Not everyone arrived in Bcc, so nobody was removed from To or Cc.",
      "rewrite-to-cc":
        "Everyone is in Bcc, but Outlook stopped while updating To and Cc, so some people may still be visible there. Nobody was lost.",
    },
    failedHint: "Select Retry to finish, or Undo to put everything back.",
    lost: (p) =>
      `${people(p)} ${p === 1 ? "is" : "are"} in none of To, Cc and Bcc. Select Undo to put everyone back, or Retry.`,
    unchecked:
      "BCC Guard couldn't read the recipients back to check them. Check To, Cc and Bcc, then select Retry or Undo.",
    noUndoAhead: "This list is too long to keep an undo copy: a move could not be undone.",
    clearedAtSend: "The copy Undo uses is deleted from the message when it's sent.",
    undo: "Undo",
    undone: "To, Cc and Bcc are back as they were.",
    undoFailedTitle: "Undo didn't finish",
    undoFailed: "Nobody was removed. Select Undo again to finish.",
    nothingToUndo: "There is nothing to undo any more.",
    earlierMove: "Move to Bcc was used on this message. Undo puts To, Cc and Bcc back as they were before.",
  },

  groups: {
    heading: "Outside organisations",
    personal: "Personal addresses",
    personalNote: "Addresses at personal mail providers (such as gmail.com): each person counts as one organisation.",
    size: (p) => people(p),
    showAll: (g) => `Show all ${n(g)} groups`,
    showFewer: "Show fewer",
    more: (p) => `and ${n(p)} more`,
    noneOutside: "Nobody from outside is in To or Cc.",
  },

  unresolved: {
    ...shared.unresolved,
    heading: "Contact groups",
    why: "Outlook can't move a contact group to Bcc because it has no single address.",
    unnamed: "(entry without a name)",
  },
};
