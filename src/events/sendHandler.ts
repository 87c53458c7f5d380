import { assessMessage, planMoveToBcc } from "../engine/index.ts";
import type { Message, MovePlan, Policy } from "../engine/index.ts";
import { errorAlertTexts, pickLanguage, sendAlertTexts } from "../engine/texts/index.ts";
import type { AlertFacts } from "../engine/texts/index.ts";
import type { CompletableEvent } from "../office/actions.ts";
import type { ClientInfo } from "../office/clientInfo.ts";
import type { MailItem } from "../office/mailItem.ts";
import { readMessage } from "../office/readMessage.ts";
import { readRecipientFields, sameFields } from "../office/recipientFields.ts";
import { UNDO_SESSION_KEY } from "../office/recipientSnapshot.ts";
import { findMoveRefusal } from "../office/safeMove.ts";
import { sendCompletedOptions } from "../office/smartAlert.ts";
import type { SendDecision } from "../office/smartAlert.ts";
import { createWriteLock } from "../office/writeLock.ts";

import { completeOnce } from "./completeOnce.ts";

export interface SendHandlerDeps {
  item: MailItem;
  policy: Policy;
  client: ClientInfo;
  /** A hung Office call still completes the event by then, following `policy.onError`. @default 3000 */
  deadlineMs?: number;
}

/** How long the send handler may take before it decides by `policy.onError`: well inside Outlook's 5 seconds. */
export const SEND_DEADLINE_MS = 3000;

/** Reads of the recipients that must agree before the verdict stands: past this, they count as unreadable. */
const MAX_READS = 3;
/** At most this long waiting for a move that is writing (a third of the deadline), before reading anyway. */
const MOVE_WAIT_MS = 1000;

/**
 * OnMessageSend: reads the recipients, asks the engine, and completes the event exactly once on every path:
 * allow, warn (Send Anyway offered), block, or whatever `policy.onError` says when the recipients cannot be read.
 */
export async function handleMessageSend(event: CompletableEvent, deps: SendHandlerDeps): Promise<void> {
  const { policy, client } = deps;
  const language = pickLanguage(client.displayLanguage);
  const onError = () => errorCompletedOptions(policy, client);
  const deadlineMs = deps.deadlineMs ?? SEND_DEADLINE_MS;
  const finish = completeOnce(event, deadlineMs, onError);
  // The task pane and the ribbon command may be writing recipients while Outlook runs this check (see
  // docs/send-check-races.md): wait for a move under way, and keep new moves out until the verdict is given.
  const lock = createWriteLock(deps.item, "send");
  try {
    await lock.acquire(Math.min(MOVE_WAIT_MS, deadlineMs / 3), deadlineMs);
    const { message, verdict, exampleNames } = await assessSettled(deps.item, policy);
    if (verdict.action === "allow") {
      // The undo copy (everyone's names and addresses) has no use once the message is sent.
      await deps.item.removeSessionData(UNDO_SESSION_KEY).catch(() => undefined);
      await lock.release();
      finish({ allowEvent: true });
      return;
    }
    const plan = planMoveToBcc(message, policy);
    const moveBlocked = whyMoveCannotWork(message, plan, client.recipientFieldLimit);
    const texts = sendAlertTexts({ verdict, organization: policy.organization, exampleNames, moveBlocked }, language);
    const decision: SendDecision = {
      kind: verdict.action,
      ...texts,
      context: { source: "send", action: verdict.action, reasons: verdict.reasons, counts: verdict.counts },
      preferCommand: true,
      // Only a button that works: none when the move would refuse, or find nobody to move (colleagues only).
      moveButton: moveBlocked === null && plan.moved > 0,
    };
    await lock.release();
    finish({ ...sendCompletedOptions(decision, client.supportsMailbox) });
  } catch {
    await lock.release().catch(() => undefined);
    finish(onError());
  }
}

/** What Send does when the recipients cannot be read: `policy.onError` (allow, warn with Send Anyway, or block). */
export function errorCompletedOptions(policy: Policy, client: ClientInfo): Record<string, unknown> {
  if (policy.onError === "allow") return { allowEvent: true };
  const texts = errorAlertTexts(policy.onError, pickLanguage(client.displayLanguage));
  const decision: SendDecision = {
    kind: policy.onError,
    ...texts,
    context: { source: "send", error: true },
    preferCommand: false,
  };
  return { ...sendCompletedOptions(decision, client.supportsMailbox) };
}

/**
 * Why the alert's Move to Bcc button would not work: the same refusal the move itself would give (a field past the
 * client's limit, contact groups in a field to rewrite).
 */
function whyMoveCannotWork(message: Message, plan: MovePlan, fieldLimit: number): AlertFacts["moveBlocked"] {
  const refusal = findMoveRefusal(message, plan, fieldLimit);
  if (!refusal) return null;
  return refusal.kind === "refused-field-limit"
    ? { reason: "field-limit", limit: refusal.limit }
    : { reason: "groups" };
}

/**
 * The verdict on what will be sent: after deciding, the recipients are read again, and the decision is made again
 * on the new ones if they changed (an edit, an undo in the pane). Throws when they are still changing after
 * `MAX_READS` reads, so that `policy.onError` decides.
 */
async function assessSettled(item: MailItem, policy: Policy) {
  let message: Message = await readMessage(item, { withText: policy.sensitive.keywords.length > 0 });
  for (let read = 1; ; read += 1) {
    const assessment = { message, ...assessMessage(message, policy) };
    const again = await readRecipientFields(item);
    if (sameFields(again, message)) return assessment;
    if (read >= MAX_READS) throw new Error("The recipients kept changing during the send check.");
    message = { ...message, ...again };
  }
}
