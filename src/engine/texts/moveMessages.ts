import { CATALOGS } from "./catalogs.ts";
import { count } from "./count.ts";
import { firstThatFits } from "./fit.ts";
import type { Language } from "./language.ts";
import { LIMITS } from "./limits.ts";
import { sanitizeNames } from "./sanitizeName.ts";
import { truncateToLength } from "./truncate.ts";

/** What the "Move to Bcc" command did, as reported to the user in an infobar. */
export type MoveOutcome =
  /** `moved` people went to Bcc; `cannotMove` entries (contact groups) had no address to move. */
  /** `undo`: an undo copy exists for the pane (else the text says there is no undo); `restored`: people a retry put back first. */
  | { kind: "moved"; moved: number; senderAddedToTo: boolean; cannotMove: number; undo: boolean; restored: number }
  | { kind: "nothing-to-move"; restored: number }
  /** Nothing changed: a field would exceed the client's per-field recipient limit. */
  | { kind: "refused-field-limit"; field: "bcc" | "to" | "cc"; wouldHave: number; limit: number }
  /** Nothing changed: `field` holds contact groups (`names`: their display names, maybe hostile) that a rewrite would lose. */
  | { kind: "refused-unresolved"; field: "bcc" | "to" | "cc"; names: readonly string[] }
  /**
   * The move stopped at `step`. `lost`: how many a read-back found in none of To, Cc and Bcc after every put-back
   * (0: everyone is in a field, the step's text says so), or null when the fields could not be read back.
   */
  | { kind: "failed"; step: "read" | "add-bcc" | "verify-bcc" | "rewrite-to-cc"; lost: number | null };

/** The infobar text for a move's outcome, at most `LIMITS.infobar` characters. */
export function moveOutcomeText(outcome: MoveOutcome, language: Language): string {
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
    case "failed":
      // "Nobody was removed" only where a read-back confirmed it.
      text =
        outcome.lost === null
          ? move.unchecked
          : outcome.lost > 0
            ? move.lost(count(outcome.lost, language))
            : move.failed[outcome.step];
      break;
  }
  // Every sentence fits with any count (tested); the cut is a last guard, as Outlook rejects a longer text.
  return truncateToLength(text, LIMITS.infobar);
}
