import { assessMessage, errorStamp, spreadOf, stampFromVerdict } from "../engine/index.ts";
import type { Policy, VerdictStamp } from "../engine/index.ts";
import { errorAlertTexts, pickLanguage, sendAlertTexts } from "../engine/texts/index.ts";
import type { CompletableEvent } from "../office/actions.ts";
import type { ClientInfo } from "../office/clientInfo.ts";
import type { MailItem } from "../office/mailItem.ts";
import { readMessage } from "../office/readMessage.ts";
import { sendCompletedOptions } from "../office/smartAlert.ts";
import type { SendDecision } from "../office/smartAlert.ts";

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
  // Once a decision exists, the deadline completes with it: a slow stamp never turns an allow into onError.
  let decided: Record<string, unknown> | undefined;
  const finish = completeOnce(event, deps.deadlineMs ?? SEND_DEADLINE_MS, () => decided ?? onError());
  let compose: VerdictStamp["compose"] = "unknown";
  let stamp: VerdictStamp;
  try {
    const message = await readMessage(deps.item, { withText: policy.sensitive.keywords.length > 0 });
    compose = await readComposeType(deps);
    const { verdict, exampleNames } = assessMessage(message, policy);
    stamp = stampFromVerdict(verdict, policy, { checked: "send", compose });
    if (verdict.action === "allow") {
      decided = { allowEvent: true };
    } else {
      const spread = spreadOf(compose, verdict.counts.visible);
      const texts = sendAlertTexts({ verdict, organization: policy.organization, exampleNames, spread }, language);
      const decision: SendDecision = {
        kind: verdict.action,
        ...texts,
        context: { source: "send", action: verdict.action, reasons: verdict.reasons, counts: verdict.counts },
        preferCommand: true,
      };
      decided = { ...sendCompletedOptions(decision, client.supportsMailbox) };
    }
  } catch {
    decided = onError();
    stamp = errorStamp(policy, { checked: "send", compose });
  }
  decided = monitored(policy, decided);
  if (mayStillBeSent(decided)) await writeVerdictStamp(deps, stamp);
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
