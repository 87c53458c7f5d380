import type { RecipientField } from "../message.ts";
import type { MoveFailureStep } from "../moveResult.ts";

import type { Language } from "./language.ts";

/** What "Move to Bcc" will do, shown before the click. */
export interface MovePreviewFacts {
  /** People leaving To and Cc for Bcc. */
  moved: number;
  /** People left visible in To and Cc, the sender added to To not counted. */
  kept: number;
  /** True when everyone left visible is a colleague (the usual case); false when exempt addresses stay too. */
  keptAreColleagues: boolean;
  /** The sender goes in To because To would otherwise be empty. */
  senderAddedToTo: boolean;
  /** Contact groups left where they are. */
  cannotMove: number;
}

/**
 * Who outside would see each other's addresses, by kind: personal addresses are said as such, never as
 * "organisations" of one person each. `organisations` + the people at personal providers may be fewer than
 * `people`: entries without an address (contact groups) count in `people` only.
 */
export interface ExposureFacts {
  /** Visible people outside the organisation. */
  people: number;
  /** Distinct outside organisations among them (personal addresses not included). */
  organisations: number;
  /** Those of them at personal mail providers (gmail.com and the like). */
  personal: number;
  /** The policy's `organization`, as the alert names it; "" means "your organisation". */
  organization: string;
}

/**
 * Every word the task pane shows, in one language. Counts arrive as numbers: each catalog writes them with
 * Intl (digit grouping, plural rules) so that word order and agreement stay the language's own. A sentence the
 * alert, the notice or the infobar also says is not translated here again: the language's `pane.ts` takes it from
 * its `alerts.ts` (marked "the alert's" below), so that all surfaces say one thing in the same words.
 */
export interface PaneStrings {
  language: Language;
  appTitle: string;
  /** The policy is in monitor mode: what the pane shows still holds, but Send will not stop anything. */
  monitorMode: string;
  loading: string;
  readFailed: string;
  /** Shown when Office.js never became ready (opened outside Outlook, or the script was blocked). */
  notInOutlook: string;
  retry: string;
  /** Field names as Outlook shows them in this language: the alert's. */
  fields: Record<RecipientField, string>;

  status: {
    safe: string;
    warn: string;
    block: string;
    /**
     * The alert's sentence: "298 people outside your organisation would see each other's addresses." (at least two
     * parties), personal addresses said as such.
     */
    exposure(facts: ExposureFacts): string;
    /** The same while under the warning threshold, then what the threshold is. */
    belowLimit(facts: ExposureFacts, warnAt: number): string;
    /** The alert's. */
    largeAudience(people: number): string;
    /**
     * The alert's sentence on why the limits are lower, then what they are. `organization` as in
     * `ExposureFacts`.
     */
    sensitive(warnAt: number, blockAt: number, organization: string): string;
    noRecipients: string;
    onlyColleagues: string;
    /** Outside people are all from one party: nobody is shown to another organisation. */
    oneParty: string;
    /** The alert's. */
    blockAdvice: string;
    /** The alert's. */
    warnAdvice: string;
  };

  /** Why the pane opened, from the context data of the Smart Alert or the infobar. */
  opened: { sendBlock: string; sendWarn: string; sendError: string; infobar: string };

  counts: {
    heading: string;
    inToCc(outside: number, colleagues: number): string;
  };

  move: {
    /** The alert's button label. */
    button: string;
    preview(facts: MovePreviewFacts): string;
    /** The alert's: there is no one to move. */
    nothingToMove: string;
    /** Before the click: the move cannot run while `field` holds these contact groups. */
    blockedByGroups(field: string, names: readonly string[]): string;
    /** Before the click: the move would put more people in `field` than Outlook allows. */
    blockedByLimit(field: string, wouldHave: number, limit: number): string;
    moving: string;
    undoing: string;
    /** Shown and announced when Outlook has not answered for a few seconds during a move or an undo. */
    slowOutlook: string;
    /** "Moving 200 of 300 people…": `done` of `total` people, as far as the writes have gone. */
    progress(done: number, total: number): string;
    /** The alert's (the ribbon command's result). */
    moved(people: number): string;
    /** The alert's. */
    senderAdded: string;
    /** The alert's: entries (contact groups) left where they were. */
    cannotMoveLeft(entries: number): string;
    /** The undo copy could not be kept in the message's session data. */
    undoInMemoryOnly: string;
    /** The alert's, as `nothingToMove`. */
    nothingMoved: string;
    /** The alert's. */
    fieldLimit(field: string, wouldHave: number, limit: number): string;
    unresolvedRefused(field: string, names: readonly string[]): string;
    failedTitle: string;
    /**
     * Each says what state the message is in: nobody was removed (shown only when a read-back confirmed it). `read`
     * is the alert's; the others differ from it, as the pane offers Retry and Undo with `failedHint`.
     */
    failed: Record<MoveFailureStep, string>;
    /** A move or undo stopped and a read-back found `people` in none of To, Cc and Bcc. */
    lost(people: number): string;
    /** A move or undo stopped and the recipients could not be read back: nothing is claimed. */
    unchecked: string;
    /** A retry first put back `people` an earlier attempt had left in no field. The alert's. */
    restored(people: number): string;
    /** No undo copy could be kept: the list is too long for the message's session data. The alert's. */
    noUndo: string;
    /** Before moving: the list is too long to keep an undo copy, so this move could not be undone. */
    noUndoAhead: string;
    /** The undo copy (everyone's names and addresses) is deleted from the message when it is sent. */
    clearedAtSend: string;
    failedHint: string;
    undo: string;
    undone: string;
    undoFailedTitle: string;
    undoFailed: string;
    nothingToUndo: string;
    /** A move made earlier (e.g. by the ribbon command) can be undone here. */
    earlierMove: string;
  };

  groups: {
    heading: string;
    personal: string;
    personalNote: string;
    size(people: number): string;
    showAll(groups: number): string;
    showFewer: string;
    more(people: number): string;
    noneOutside: string;
  };

  /** The contact groups in To or Cc, listed. */
  unresolved: {
    heading: string;
    why: string;
    /** What to do about `groups` contact groups: the alert's advice. */
    what(groups: number): string;
    unnamed: string;
  };
}
