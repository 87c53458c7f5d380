import type { ExposureFacts, PaneStrings } from "../paneCatalog.ts";
import { listText, numberText, pluralForm } from "../numbers.ts";

const n = (value: number) => numberText(value, "en");
const people = (value: number) => `${n(value)} ${pluralForm(value, "en", { one: "person", other: "people" })}`;
const organisations = (value: number) =>
  `${n(value)} outside ${pluralForm(value, "en", { one: "organisation", other: "organisations" })}`;
const groups = (value: number) =>
  `${n(value)} ${pluralForm(value, "en", { one: "contact group", other: "contact groups" })}`;
/** Who would see each other: personal addresses said as such, never as organisations of one person. */
const outsiders = ({ people: p, organisations: o, personal }: ExposureFacts) => {
  if (personal === 0 && o > 0) return `${people(p)} from ${organisations(o)}`;
  if (o === 0 && personal === p) return `${people(p)} with personal addresses`;
  if (o === 0) return `${people(p)} from outside`;
  return `${people(p)} (${n(personal)} with personal addresses, the others from ${organisations(o)})`;
};
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
  fields: { to: "To", cc: "Cc", bcc: "Bcc" },

  status: {
    safe: "Safe to send",
    warn: "Warning",
    block: "Would be blocked",
    exposure: (facts) => `${outsiders(facts)} would see each other's addresses.`,
    belowLimit: (facts, w) => `${outsiders(facts)} would see each other's addresses, under the limit of ${n(w)}.`,
    largeAudience: (p) => `${people(p)} are in To and Cc, so a reply-all would reach every one of them.`,
    sensitive: (w, b) =>
      `This message contains words your organisation marks as sensitive, so stricter limits apply: ` +
      `a warning from ${organisations(w)}, blocked from ${n(b)}.`,
    noRecipients: "No recipients yet.",
    onlyColleagues: "Only colleagues are in To and Cc.",
    oneParty: "No outside organisation would see another one's addresses.",
    blockAdvice: "It can't be sent until they are in Bcc.",
    warnAdvice: "You can send it, but Bcc is safer.",
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
    button: "Move to Bcc",
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
    nothingToMove: "There is nobody from outside in To or Cc to move.",
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
    moved: (p) => `Moved ${people(p)} to Bcc.`,
    senderAdded: "You are in To so that the message still has a recipient.",
    cannotMoveLeft: (e) => `${groups(e)} stayed where ${e === 1 ? "it was" : "they were"}.`,
    undoInMemoryOnly: "Undo is available while this pane stays open.",
    nothingMoved: "Nothing was moved: there was nobody from outside in To or Cc.",
    fieldLimit: (field, would, limit) =>
      `Nothing was moved: ${field} would hold ${people(would)}, and Outlook allows ${n(limit)} in one field. ` +
      `Send the message in smaller groups.`,
    unresolvedRefused: (field, names) =>
      names.length === 1
        ? `Nothing was moved: Outlook can't rewrite ${field} while it holds the contact group ${listText(names, "en")}. ` +
          `Expand it (select the + next to its name) or remove it, then try again.`
        : `Nothing was moved: Outlook can't rewrite ${field} while it holds the contact groups ${listText(names, "en")}. ` +
          `Expand them (select the + next to each name) or remove them, then try again.`,
    failedTitle: "Move to Bcc didn't finish",
    failed: {
      read: "BCC Guard couldn't read the recipients, so nothing was changed.",
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
    restored: (p) => `${people(p)} left out by an earlier attempt ${p === 1 ? "was" : "were"} put back first.`,
    noUndo: "This move can't be undone: the list is too long to keep a copy in the message.",
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
    heading: "Contact groups",
    why: "Outlook can't move a contact group to Bcc because it has no single address.",
    what: "Its members will see each other's addresses. Put it in Bcc, or expand it in To or Cc (select the + next to its name) and choose Move to Bcc.",
    unnamed: "(entry without a name)",
  },
};
