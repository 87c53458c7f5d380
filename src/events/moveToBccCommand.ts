import type { Policy } from "../engine/index.ts";
import { moveOutcomeText, pickLanguage } from "../engine/texts/index.ts";
import type { MoveOutcome } from "../engine/texts/index.ts";
import type { CompletableEvent } from "../office/actions.ts";
import { INFOBAR_ICON, INFOBAR_KEYS } from "../office/addinIds.ts";
import type { ClientInfo } from "../office/clientInfo.ts";
import type { MailItem } from "../office/mailItem.ts";
import type { SnapshotWriter } from "../office/recipientSnapshot.ts";
import { moveToBcc } from "../office/safeMove.ts";
import type { MoveResult } from "../office/safeMove.ts";
import type { WriteLock } from "../office/writeLock.ts";

import { completeOnce } from "./completeOnce.ts";

/**
 * A function command may run for minutes, unlike a send check; this only guarantees that the event is
 * completed even if an Office call never answers (each call also times out on its own).
 */
const MOVE_DEADLINE_MS = 240_000;

export interface MoveCommandDeps {
  item: MailItem;
  policy: Policy;
  client: ClientInfo;
  store: SnapshotWriter;
  /** @default none (tests) */
  lock?: WriteLock;
}

/**
 * The "Move to Bcc" function command (ribbon button, or the Smart Alert's button on Mailbox 1.15): applies the
 * safe move and says what happened in an infobar, including where to undo it. Completes exactly once.
 */
export async function handleMoveToBccCommand(event: CompletableEvent, deps: MoveCommandDeps): Promise<void> {
  const finish = completeOnce(event, MOVE_DEADLINE_MS, () => undefined);
  try {
    const result = await moveToBcc(deps.item, deps.policy, deps.store, {
      fieldLimit: deps.client.recipientFieldLimit,
      lock: deps.lock,
    });
    const text = moveOutcomeText(toOutcome(result), pickLanguage(deps.client.displayLanguage));
    await deps.item
      .showInfobar(INFOBAR_KEYS.moveResult, {
        type: "informationalMessage",
        message: text,
        icon: INFOBAR_ICON,
        persistent: false,
      })
      .catch(() => undefined);
  } catch {
    // moveToBcc reports its own failures; this is a last guard so that the event still completes.
  }
  finish();
}

/** The texts module's view of a move result. */
export function toOutcome(result: MoveResult): MoveOutcome {
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
      return { kind: "refused-field-limit", field: result.field, wouldHave: result.wouldHave, limit: result.limit };
    case "refused-unresolved":
      return { kind: "refused-unresolved", field: result.field, names: result.names };
    case "failed": {
      // A put-back or a read-back that did not succeed never ends with lost 0 (see MoveResult).
      const step = result.step === "restore" || result.step === "confirm" ? "rewrite-to-cc" : result.step;
      return { kind: "failed", step, lost: result.lost };
    }
  }
}
