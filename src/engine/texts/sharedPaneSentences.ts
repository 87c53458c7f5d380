import type { Catalog } from "./catalog.ts";
import { count } from "./count.ts";
import type { Language } from "./language.ts";
import type { PaneStrings } from "./paneCatalog.ts";
import { paneExposure } from "./paneExposure.ts";
import { PLAIN } from "./textStyle.ts";

/** The pane's sentences that the alert, the notice or the infobar also say. */
export interface SharedPaneSentences {
  fields: PaneStrings["fields"];
  status: Pick<PaneStrings["status"], "exposure" | "largeAudience" | "blockAdvice" | "warnAdvice">;
  move: Pick<
    PaneStrings["move"],
    | "button"
    | "nothingToMove"
    | "moved"
    | "senderAdded"
    | "cannotMoveLeft"
    | "nothingMoved"
    | "fieldLimit"
    | "restored"
    | "noUndo"
  >;
  failedRead: PaneStrings["move"]["failed"]["read"];
  unresolved: Pick<PaneStrings["unresolved"], "what">;
}

/**
 * Takes those sentences from the language's alert catalogue, so that each is translated once and wired once: a
 * language's `pane.ts` spreads them into its own groups and writes only what the pane alone says.
 */
export function sharedPaneSentences(alerts: Catalog, language: Language): SharedPaneSentences {
  const c = (value: number) => count(value, language);
  return {
    fields: alerts.fields,
    status: {
      exposure: (facts) => paneExposure(alerts, facts, language),
      largeAudience: (people) => alerts.largeAudience(c(people), PLAIN.emphasis),
      blockAdvice: alerts.blockAdvice,
      warnAdvice: alerts.warnAdvice,
    },
    move: {
      button: alerts.moveToBcc,
      nothingToMove: alerts.move.nothingToMove,
      moved: (people) => alerts.move.moved(c(people)),
      senderAdded: alerts.move.senderAddedToTo,
      cannotMoveLeft: (entries) => alerts.move.cannotMove(c(entries)),
      nothingMoved: alerts.move.nothingToMove,
      fieldLimit: (field, would, limit) => alerts.move.fieldLimit(field, c(would), c(limit)),
      restored: (people) => alerts.move.restored(c(people)),
      noUndo: alerts.move.noUndo,
    },
    failedRead: alerts.move.failed.read,
    unresolved: { what: (groups) => alerts.contactGroupAdvice(c(groups)) },
  };
}
