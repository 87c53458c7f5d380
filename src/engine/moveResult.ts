import type { RecipientField } from "./message.ts";
import type { PlannedRecipient } from "./planMoveToBcc.ts";

/**
 * Where a move stopped: reading the fields, bringing back people an earlier attempt left in no field (a retry),
 * adding to Bcc, checking Bcc, rewriting To and Cc, or reading the result back.
 */
export type MoveStep = "read" | "restore" | "add-bcc" | "verify-bcc" | "rewrite-to-cc" | "confirm";

/**
 * The steps a failure with everyone confirmed in a field (`lost: 0`) can stop at, each worded on its own ("nothing
 * was changed", "nobody was removed"). A failed `restore` or `confirm` is a put-back or read-back that did not
 * succeed, so it always ends with people missing or unchecked, which have words of their own.
 */
export type MoveFailureStep = Exclude<MoveStep, "restore" | "confirm">;

/** The step to word a failure by, or null for a `restore` or `confirm` (see `MoveFailureStep`). */
export function failureStep(step: MoveStep): MoveFailureStep | null {
  return step === "restore" || step === "confirm" ? null : step;
}

/** What "Move to Bcc" did to the message; it claims only what a read-back of the fields confirmed. */
export type MoveResult =
  | {
      kind: "moved";
      /** People a read-back found in Bcc and in neither To nor Cc, of those the plan moved. */
      moved: number;
      senderAddedToTo: boolean;
      /** Entries left in place because they have no address (contact groups). */
      cannotMove: PlannedRecipient[];
      /** False when the undo copy could only be kept in this pane's memory (session data full or missing). */
      undoPersisted: boolean;
      /** False when no undo copy could be kept at all (the ribbon command, session data full): no Undo to offer. */
      undoKept: boolean;
      /** People an earlier, failed attempt had left in no field, put back first (from the undo copy). @default 0 */
      restored: number;
    }
  | { kind: "nothing-to-move"; cannotMove: PlannedRecipient[]; restored: number }
  /** Nothing changed: `field` would end with `wouldHave` recipients, past the client's `limit`. */
  | { kind: "refused-field-limit"; field: RecipientField; wouldHave: number; limit: number }
  /** Nothing changed: `field` holds contact groups (`names`: their display names, maybe hostile) a rewrite would lose. */
  | { kind: "refused-unresolved"; field: RecipientField; names: string[] }
  | {
      kind: "failed";
      step: MoveStep;
      error: string;
      /**
       * People of the message a final read-back found in none of To, Cc and Bcc after every put-back was tried;
       * null when the fields could not be read back at all. Only 0 allows saying "nobody was removed".
       */
      lost: number | null;
      /** An undo copy exists (in session data, or in this pane's memory). */
      undoKept: boolean;
    };

/** Why a planned move cannot be applied as the message stands (see `findMoveRefusal`). */
export type MoveRefusal = Extract<MoveResult, { kind: "refused-field-limit" | "refused-unresolved" }>;

/** What Undo did; `lost` as in a failed `MoveResult`. */
export type UndoResult =
  { kind: "undone" } | { kind: "nothing-to-undo" } | { kind: "undo-failed"; error: string; lost: number | null };
