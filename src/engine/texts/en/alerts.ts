import type { Catalog } from "../catalog.ts";
import { plural } from "../count.ts";
import type { Count } from "../count.ts";
import { closeSentence, listWith } from "../sentence.ts";

const people = (c: Count): string => `${c.text} ${plural(c, { one: "person", other: "people" })}`;
const outside = (organization: string | null): string => `outside ${organization ?? "your organisation"}`;
const personal = (c: Count): string => plural(c, { one: "with a personal address", other: "with personal addresses" });
const entries = (c: Count): string => `${c.text} ${plural(c, { one: "entry", other: "entries" })}`;

/** English (British spelling, as Outlook's en-GB and most of the policy documentation). */
export const EN: Catalog = {
  sentenceGap: " ",
  moveToBcc: "Move to Bcc",
  reviewRecipients: "Review recipients",

  exposure: ({ people: p, who, organization, emphasis }) => {
    const one = p.value === 1;
    const orgs = (o: Count) => `${o.text} ${plural(o, { one: "organisation", other: "different organisations" })}`;
    const from = !who
      ? ""
      : who.personal.value === 0
        ? `, from ${orgs(who.organisations)},`
        : who.personal.value === p.value
          ? one
            ? ", with a personal address,"
            : ", with personal addresses,"
          : who.organisations.value === 0
            ? ` (${who.personal.text} ${personal(who.personal)})`
            : ` (${who.personal.text} ${personal(who.personal)}, the others from ${orgs(who.organisations)})`;
    const see = one ? "would see the other recipients' addresses" : "would see each other's addresses";
    return `${emphasis(people(p))} ${outside(organization)}${from} ${see}.`;
  },
  blockAdvice: "You can't send it like this: move them to Bcc first.",
  warnAdvice: "Move them to Bcc, or send anyway if that's intended.",
  blockAdviceShort: "Move them to Bcc before sending.",
  warnAdviceShort: "Consider moving them to Bcc.",
  spreadsAgain: {
    "reply-all": "This reply-all sends all their addresses out again; reply to the sender only if you can.",
    forward: "Forwarding it like this spreads all their addresses further.",
  },
  spreadsAgainShort: {
    "reply-all": "Reply-all resends their addresses: reply to the sender only or use Bcc.",
    forward: "A forward like this spreads their addresses: use Bcc.",
  },

  largeAudience: (p, emphasis) =>
    `This message goes to ${emphasis(people(p))} in To and Cc, so a reply-all would reach all of them.`,
  largeAudienceAdvice: "Consider moving them to Bcc. You can still send it.",
  largeAudienceAdviceShort: "Consider Bcc.",

  sensitive: (organization) =>
    `This message contains words ${organization ?? "your organisation"} marks as sensitive, so the limit is lower.`,
  contactGroups: (g, emphasis) =>
    g.value === 1
      ? `${emphasis("1 contact group")} in To or Cc will show its members each other's addresses when it's sent.`
      : `${emphasis(`${g.text} contact groups`)} in To or Cc will show their members each other's addresses when it's sent.`,
  contactGroupAdvice: (g) =>
    g.value === 1
      ? "Put it in Bcc, or expand it with + and choose Move to Bcc."
      : "Put them in Bcc, or expand them with + and choose Move to Bcc.",
  contactGroupAdviceShort: (g) =>
    g.value === 1 ? "Put it in Bcc, or expand it (+) first." : "Put them in Bcc, or expand them (+) first.",
  unresolved: (c) =>
    c.value === 1
      ? "1 entry in To or Cc isn't an email address: please check it."
      : `${entries(c)} in To or Cc aren't email addresses: please check them.`,
  unresolvedInfobar: (c) =>
    c.value === 1
      ? "1 entry in To or Cc isn't an email address, so it couldn't be checked."
      : `${entries(c)} in To or Cc aren't email addresses, so they couldn't be checked.`,
  including: (names, others) =>
    others.value > 0
      ? `Including: ${names.join(", ")} and ${others.text} ${plural(others, { one: "other", other: "others" })}.`
      : closeSentence(`Including: ${listWith(names, ", ", " and ")}`, "."),

  moveImpossible: {
    fieldLimit: (limit) =>
      `Move to Bcc can't do it here: Outlook allows ${limit.text} per field. Send it in smaller batches.`,
    groups: "Move to Bcc can't rewrite a field with a contact group: expand the group first, then move them.",
  },
  noticeUnchecked: "BCC Guard couldn't check the recipients just now. It checks again when you send.",
  readError: {
    warn: "The recipients couldn't be checked. Make sure outside people who shouldn't see each other are in Bcc.",
    block: "The recipients couldn't be checked, so this message can't be sent yet. Please try again in a moment.",
  },

  fields: { to: "To", cc: "Cc", bcc: "Bcc" },
  move: {
    moved: (c) => `Moved ${people(c)} to Bcc.`,
    undoHint: "Undo it in the BCC Guard pane.",
    senderAddedToTo: "You were added to To so that it isn't empty.",
    cannotMove: (c) =>
      c.value === 1
        ? "1 entry, such as a contact group, couldn't be moved: please check it."
        : `${entries(c)}, such as contact groups, couldn't be moved: please check them.`,
    nothingToMove: "Nothing to move: no one in To or Cc needs to be in Bcc.",
    fieldLimit: (field, wouldHave, limit) =>
      `Nothing was changed: ${field} would have ${wouldHave.text} recipients, more than the ${limit.text} ` +
      "Outlook allows. Send the message in smaller batches.",
    groupsInField: (field, groups, names) => {
      const which = groups.value === 1 ? "a contact group" : `${groups.text} contact groups`;
      const named = names.length > 0 ? ` (${names.join(", ")})` : "";
      return (
        `Nothing was changed: ${field} has ${which}${named} that can't be rewritten safely. ` +
        `Expand ${groups.value === 1 ? "it" : "them"}, then try again.`
      );
    },
    failed: {
      read: "Nothing was changed: the recipients couldn't be read. Please try again.",
      "add-bcc":
        "Adding people to Bcc failed. Nobody was removed, but some may already be in Bcc too. Try again or undo.",
      "verify-bcc":
        "Bcc couldn't be checked, so To and Cc were left as they were. Nobody was removed. Try again or undo.",
      "rewrite-to-cc":
        "The move stopped partway. Nobody was removed, but some people may be in both Bcc and To or Cc. Try again or undo.",
    },
    lost: (c) =>
      `The move stopped: ${people(c)} ${plural(c, { one: "is", other: "are" })} in none of To, Cc and Bcc. Select Undo in the BCC Guard pane to put everyone back.`,
    unchecked:
      "The move stopped and the recipients couldn't be read back. Check To, Cc and Bcc, or undo in the BCC Guard pane.",
    restored: (c) => `Put back first: ${people(c)} an earlier attempt left out.`,
    noUndo: "No undo: the list is too long to keep a copy in this message.",
  },
};
