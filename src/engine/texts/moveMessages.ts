import { failureStep } from "../moveResult.ts";
import type { MoveRefusal, MoveResult, MoveStep } from "../moveResult.ts";

import { CATALOGS } from "./catalogs.ts";
import { count } from "./count.ts";
import { firstThatFits } from "./fit.ts";
import type { Language } from "./language.ts";
import { LIMITS } from "./limits.ts";
import { sanitizeNames } from "./sanitizeName.ts";
import { truncateToLength } from "./truncate.ts";

/**
 * What the infobar says about a move: the facts of a `MoveResult` the words need, as counts (as `AlertFacts` are to
 * a verdict), so that the texts can be held to Outlook's limits with any count. See `moveFacts`.
 */
export type MoveFacts =
  /**
   * `cannotMove`: entries (contact groups) with no address to move; `undo`: the pane can undo the move (else the
   * text says there is no undo); `restored`: people a retry put back first.
   */
  | { kind: "moved"; moved: number; senderAddedToTo: boolean; cannotMove: number; undo: boolean; restored: number }
  | { kind: "nothing-to-move"; restored: number }
  | MoveRefusal
  /** `lost` as in `MoveResult`: only 0 lets the step's own words say that nobody was removed. */
  | { kind: "failed"; step: MoveStep; lost: number | null };

/** The facts of the ribbon command's result that its infobar words. */
export function moveFacts(result: MoveResult): MoveFacts {
  switch (result.kind) {
    case "moved":
      return {
        kind: "moved",
        moved: result.moved,
        senderAddedToTo: result.senderAddedToTo,
        cannotMove: result.cannotMove.length,
        // The pane, where Undo is, reads the copy from session data: a copy only this runtime held is no undo.
        undo: result.undoPersisted,
        restored: result.restored,
      };
    case "nothing-to-move":
      return { kind: "nothing-to-move", restored: result.restored };
    case "refused-field-limit":
    case "refused-unresolved":
      return result;
    case "failed":
      return { kind: "failed", step: result.step, lost: result.lost };
  }
}

/** The infobar text for a move's outcome, at most `LIMITS.infobar` characters. */
export function moveOutcomeText(outcome: MoveFacts, language: Language): string {
  const catalog = CATALOGS[language];
  const move = catalog.move;
  let text: string;
  switch (outcome.kind) {
    case "moved": {
      const moved = outcome.moved > 0 ? move.moved(count(outcome.moved, language)) : null;
      const sender = outcome.senderAddedToTo ? move.senderAddedToTo : null;
      const cannot = outcome.cannotMove > 0 ? move.cannotMove(count(outcome.cannotMove, language)) : null;
      const say = (...sentences: (string | null)[]): string =>
        sentences.filter((s): s is string => s !== null).join(catalog.sentenceGap);
      // When space is short, the note on where the sender went goes first, then the undo hint: entries left
      // behind (contact groups, still visible) are a safety warning and stay longest.
      const undo = moved === null ? null : outcome.undo ? move.undoHint : move.noUndo;
      const restored = outcome.restored > 0 ? move.restored(count(outcome.restored, language)) : null;
      text =
        moved === null && cannot === null
          ? (sender ?? move.nothingToMove)
          : firstThatFits(
              [
                say(restored, moved, undo, sender, cannot),
                say(restored, moved, undo, cannot),
                say(restored, moved, cannot),
                say(moved, undo, sender, cannot),
                say(moved, undo, cannot),
                say(moved, cannot),
                say(moved, undo, sender),
                say(moved, undo),
                say(moved) || say(cannot),
              ],
              LIMITS.infobar,
            );
      break;
    }
    case "nothing-to-move":
      text =
        outcome.restored > 0
          ? firstThatFits(
              [
                [move.restored(count(outcome.restored, language)), move.nothingToMove].join(catalog.sentenceGap),
                move.restored(count(outcome.restored, language)),
              ],
              LIMITS.infobar,
            )
          : move.nothingToMove;
      break;
    case "refused-field-limit":
      text = move.fieldLimit(
        catalog.fields[outcome.field],
        count(outcome.wouldHave, language),
        count(outcome.limit, language),
      );
      break;
    case "refused-unresolved": {
      const field = catalog.fields[outcome.field];
      const groups = count(outcome.names.length, language);
      const names = sanitizeNames(outcome.names, 2);
      text = firstThatFits(
        [names, names.slice(0, 1), []].map((shown) => move.groupsInField(field, groups, shown)),
        LIMITS.infobar,
      );
      break;
    }
    case "failed": {
      // "Nobody was removed" only where a read-back confirmed it.
      const step = failureStep(outcome.step);
      text =
        outcome.lost === null
          ? move.unchecked
          : outcome.lost > 0 || step === null
            ? move.lost(count(outcome.lost, language))
            : move.failed[step];
      break;
    }
  }
  // Every sentence fits with any count (tested); the cut is a last guard, as Outlook rejects a longer text.
  return truncateToLength(text, LIMITS.infobar);
}
