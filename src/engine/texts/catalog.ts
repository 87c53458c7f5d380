import type { Spread } from "../composeType.ts";
import type { RecipientField } from "../message.ts";
import type { MoveFailureStep } from "../moveResult.ts";
import type { Count } from "./count.ts";

/** The facts behind the main sentence of an alert: who outside the organisation would be exposed. */
export interface ExposureWords {
  /** Visible people outside the organisation. */
  people: Count;
  /**
   * Who they are, or `null` to leave it out: `personal` of them have personal addresses (each a party of its
   * own), and the others come from `organisations` organisations.
   */
  who: { personal: Count; organisations: Count } | null;
  /** The organisation's name, already made inert for the output; `null` means "your organisation". */
  organization: string | null;
  /** Applied to the people figure ("**312 people**" in Markdown). */
  emphasis: (text: string) => string;
}

/**
 * Every word one language needs. Sentences take counts and names already rendered, so a catalog knows grammar
 * (plurals, agreement, word order) but never escaping or length limits. Fixed strings must stay free of Markdown
 * syntax characters (* _ [ ] ` < > | # ~ & { }): they go into the Markdown text as they are.
 */
export interface Catalog {
  /** Between two sentences of one paragraph: a space, or nothing in Japanese. */
  sentenceGap: string;
  /** The Smart Alert button that runs "Move to Bcc". At most 20 characters. */
  moveToBcc: string;
  /** The infobar action that opens the task pane. At most 30 characters. */
  reviewRecipients: string;

  /** "312 people outside Contoso, from 298 different organisations, would see each other's addresses." */
  exposure(words: ExposureWords): string;
  /** After `exposure` in a blocking alert: the message cannot go as it is. */
  blockAdvice: string;
  /** After `exposure` in a warning alert: move them, or send anyway. */
  warnAdvice: string;
  /** Infobar versions of the two above. */
  blockAdviceShort: string;
  warnAdviceShort: string;
  /**
   * After `exposure` when the message is a reply-all or a forward: it sends the list out again (and, for a
   * reply-all, replying to the sender only avoids that). Before the advice.
   */
  spreadsAgain: Record<Spread, string>;
  /** The same for the infobar, with the advice in it. */
  spreadsAgainShort: Record<Spread, string>;

  /** "This message goes to **150 people** in To and Cc, so a reply-all would reach all of them." */
  largeAudience(people: Count, emphasis: (text: string) => string): string;
  largeAudienceAdvice: string;
  largeAudienceAdviceShort: string;

  /** Why the limit is lower. `organization` as in `ExposureWords`. */
  sensitive(organization: string | null): string;
  /**
   * What happens with personal contact groups in To or Cc: Outlook expands them at Send, so their members see
   * each other's addresses. "**1 contact group** in To or Cc will show its members each other's addresses."
   */
  contactGroups(groups: Count, emphasis: (text: string) => string): string;
  /** What to do about them, within what Outlook allows: Bcc, or expand (+) and Move to Bcc. */
  contactGroupAdvice(groups: Count): string;
  /** A shorter `contactGroupAdvice` for the infobar. */
  contactGroupAdviceShort(groups: Count): string;
  /** Entries in To or Cc that are not addresses (typos), in an alert. */
  unresolved(entries: Count): string;
  /** The same, alone in an infobar while nothing else is wrong. */
  unresolvedInfobar(entries: Count, organization: string | null): string;
  /** "Including: Ann Smith, Bob Jones and 310 others." `names` is never empty; `others` may be 0. */
  including(names: readonly string[], others: Count): string;

  /**
   * Instead of the advice to move them, when Move to Bcc cannot work on this message (the alert then has no
   * Move to Bcc button): a field would pass the client's `limit`, or a field to rewrite holds contact groups.
   */
  moveImpossible: { fieldLimit(limit: Count): string; groups: string };
  /** The notice when the recipients could not be read (so no count can be trusted). At most 150 characters. */
  noticeUnchecked: string;

  /** When the send handler could not read the recipients. */
  readError: { warn: string; block: string };

  /** Field names as Outlook shows them in this language. */
  fields: Record<RecipientField, string>;
  /** Results of "Move to Bcc", for an infobar. */
  move: {
    moved(people: Count): string;
    senderAddedToTo: string;
    /** Where to undo a move the ribbon command made (the task pane has the Undo button). */
    undoHint: string;
    cannotMove(entries: Count): string;
    nothingToMove: string;
    fieldLimit(field: string, wouldHave: Count, limit: Count): string;
    /** Contact groups in `field` would not survive a rewrite; `names` (maybe none) are a few of them. */
    groupsInField(field: string, groups: Count, names: readonly string[]): string;
    /** Each says what state the message is in: nobody was removed (said only when a read-back confirmed it). */
    failed: Record<MoveFailureStep, string>;
    /** The move stopped and a read-back found `people` in none of To, Cc and Bcc; Undo is in the pane. */
    lost(people: Count): string;
    /** The move stopped and the fields could not be read back: nothing is claimed. */
    unchecked: string;
    /** A retry first put back `people` an earlier attempt had left in no field. */
    restored(people: Count): string;
    /** No undo copy could be kept (too long for the message's session data). */
    noUndo: string;
  };
}
