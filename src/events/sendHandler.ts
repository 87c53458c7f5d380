import { assessMessage } from "../engine/index.ts";
import type { Policy } from "../engine/index.ts";
import { errorAlertTexts, pickLanguage, sendAlertTexts } from "../engine/texts/index.ts";
import type { CompletableEvent } from "../office/actions.ts";
import type { ClientInfo } from "../office/clientInfo.ts";
import type { MailItem } from "../office/mailItem.ts";
import { readMessage } from "../office/readMessage.ts";
import { sendCompletedOptions } from "../office/smartAlert.ts";
import type { SendDecision } from "../office/smartAlert.ts";

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

/**
 * OnMessageSend: reads the recipients, asks the engine, and completes the event exactly once on every path:
 * allow, warn (Send Anyway offered), block, or whatever `policy.onError` says when the recipients cannot be read.
 */
export async function handleMessageSend(event: CompletableEvent, deps: SendHandlerDeps): Promise<void> {
  const { policy, client } = deps;
  const language = pickLanguage(client.displayLanguage);
  const onError = () => errorCompletedOptions(policy, client);
  const finish = completeOnce(event, deps.deadlineMs ?? SEND_DEADLINE_MS, onError);
  try {
    const message = await readMessage(deps.item, { withText: policy.sensitive.keywords.length > 0 });
    const { verdict, exampleNames } = assessMessage(message, policy);
    if (verdict.action === "allow") {
      finish({ allowEvent: true });
      return;
    }
    const texts = sendAlertTexts({ verdict, organization: policy.organization, exampleNames }, language);
    const decision: SendDecision = {
      kind: verdict.action,
      ...texts,
      context: { source: "send", action: verdict.action, reasons: verdict.reasons, counts: verdict.counts },
      preferCommand: true,
    };
    finish({ ...sendCompletedOptions(decision, client.supportsMailbox) });
  } catch {
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
