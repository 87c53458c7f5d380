import type { Policy } from "../engine/index.ts";
import { moveFacts, moveOutcomeText, pickLanguage } from "../engine/texts/index.ts";
import type { CompletableEvent } from "../office/actions.ts";
import { INFOBAR_ICON, INFOBAR_KEYS } from "../office/addinIds.ts";
import type { ClientInfo } from "../office/clientInfo.ts";
import type { MailItem } from "../office/mailItem.ts";
import type { SnapshotWriter } from "../office/recipientSnapshot.ts";
import { moveToBcc } from "../office/safeMove.ts";
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
    const text = moveOutcomeText(moveFacts(result), pickLanguage(deps.client.displayLanguage));
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
