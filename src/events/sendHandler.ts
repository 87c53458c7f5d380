import {
  assessMessage,
  errorStamp,
  findMoveRefusal,
  needsMessageText,
  planMoveInDetail,
  spreadOf,
  stampFromVerdict,
} from "../engine/index.ts";
import type { DetailedMovePlan, Message, Policy, VerdictStamp } from "../engine/index.ts";
import { errorAlertTexts, pickLanguage, sendAlertTexts } from "../engine/texts/index.ts";
import type { AlertFacts } from "../engine/texts/index.ts";
import type { CompletableEvent } from "../office/actions.ts";
import type { ClientInfo } from "../office/clientInfo.ts";
import type { MailItem } from "../office/mailItem.ts";
import { readMessage } from "../office/readMessage.ts";
import { readRecipientFields, sameFields } from "../office/recipientFields.ts";
import { UNDO_SESSION_KEY } from "../office/recipientSnapshot.ts";
import { sendCompletedOptions } from "../office/smartAlert.ts";
import type { SendDecision } from "../office/smartAlert.ts";
import { createWriteLock } from "../office/writeLock.ts";

import { completeOnce } from "./completeOnce.ts";
import { mayStillBeSent, readComposeType, writeVerdictStamp } from "./verdictStampWriter.ts";
import type { StampDeps } from "./verdictStampWriter.ts";

export interface SendHandlerDeps extends StampDeps {
  item: MailItem;
  policy: Policy;
  client: ClientInfo;
  /**
   * A hung Office call still completes the event by then: by `policy.onError` while reading, or with the
   * decision already made while the stamp is being written. @default 3000
   */
  deadlineMs?: number;
}

/** How long the send handler may take before it decides by `policy.onError`: well inside Outlook's 5 seconds. */
export const SEND_DEADLINE_MS = 3000;

/** Reads of the recipients that must agree before the verdict stands: past this, they count as unreadable. */
const MAX_READS = 3;
/** At most this long waiting for a move that is writing (a third of the deadline), before reading anyway. */
const MOVE_WAIT_MS = 1000;

/**
 * OnMessageSend: reads the recipients, asks the engine, stamps the message when it may still go, and completes
 * the event exactly once on every path: allow, warn (Send Anyway offered), block, or whatever `policy.onError`
 * says when the recipients cannot be read. In monitor mode it decides and stamps the same way but always lets
 * the message go.
 */
export async function handleMessageSend(event: CompletableEvent, deps: SendHandlerDeps): Promise<void> {
  const { policy, client } = deps;
  const language = pickLanguage(client.displayLanguage);
  const onError = () => errorCompletedOptions(policy, client);
  const deadlineMs = deps.deadlineMs ?? SEND_DEADLINE_MS;
  // Once a decision exists, the deadline completes with it: a slow stamp never turns an allow into onError.
  let decided: Record<string, unknown> | undefined;
  const finish = completeOnce(event, deadlineMs, () => decided ?? onError());
  // The task pane and the ribbon command may be writing recipients while Outlook runs this check (see
  // docs/send-check-races.md): wait for a move under way, and keep new moves out until the verdict is given.
  const lock = createWriteLock(deps.item, "send");
  let compose: VerdictStamp["compose"] = "unknown";
  let stamp: VerdictStamp;
  try {
    await lock.acquire(Math.min(MOVE_WAIT_MS, deadlineMs / 3), deadlineMs);
    const { message, audience, verdict, exampleNames, personal } = await assessSettled(deps.item, policy);
    compose = await readComposeType(deps);
    stamp = stampFromVerdict(verdict, policy, { checked: "send", compose });
    if (verdict.action === "allow") {
      decided = { allowEvent: true };
    } else {
      const spread = spreadOf(compose, verdict.counts.visible);
      const detailed = planMoveInDetail(message, policy, audience);
      const plan = detailed.plan;
      const moveBlocked = whyMoveCannotWork(detailed, client.recipientFieldLimit);
      const facts = { verdict, organization: policy.organization, exampleNames, personal, spread, moveBlocked };
      const decision: SendDecision = {
        kind: verdict.action,
        ...sendAlertTexts(facts, language),
        context: { source: "send", action: verdict.action, reasons: verdict.reasons, counts: verdict.counts },
        preferCommand: true,
        // Only a button that works: none when the move would refuse, or find nobody to move (colleagues only).
        moveButton: moveBlocked === null && plan.moved > 0,
      };
      decided = { ...sendCompletedOptions(decision, client.supportsMailbox) };
    }
  } catch {
    decided = onError();
    stamp = errorStamp(policy, { checked: "send", compose });
  }
  decided = monitored(policy, decided);
  await Promise.all([
    // The undo copy (everyone's names and addresses) has no use once the message is sent.
    decided.allowEvent === true ? deps.item.removeSessionData(UNDO_SESSION_KEY).catch(() => undefined) : undefined,
    mayStillBeSent(decided) ? writeVerdictStamp(deps, stamp) : undefined,
  ]);
  await lock.release().catch(() => undefined);
  finish(decided);
}

/** Monitor mode records the decision (the stamp) and never interrupts the sender. */
function monitored(policy: Policy, options: Record<string, unknown>): Record<string, unknown> {
  return policy.mode === "monitor" ? { allowEvent: true } : options;
}

/** What Send does when the recipients cannot be read: `policy.onError` (allow, warn with Send Anyway, or block). */
export function errorCompletedOptions(policy: Policy, client: ClientInfo): Record<string, unknown> {
  if (policy.onError === "allow" || policy.mode === "monitor") return { allowEvent: true };
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
function whyMoveCannotWork(plan: DetailedMovePlan, fieldLimit: number): AlertFacts["moveBlocked"] {
  const refusal = findMoveRefusal(plan, fieldLimit);
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
  let message: Message = await readMessage(item, { withText: needsMessageText(policy) });
  for (let read = 1; ; read += 1) {
    const assessment = { message, ...assessMessage(message, policy) };
    const again = await readRecipientFields(item);
    if (sameFields(again, message)) return assessment;
    if (read >= MAX_READS) throw new Error("The recipients kept changing during the send check.");
    message = { ...message, ...again };
  }
}
