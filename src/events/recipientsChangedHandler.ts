import { assessMessage, spreadOf, stampFromVerdict } from "../engine/index.ts";
import type { Message, Policy, VerdictStamp } from "../engine/index.ts";
import { INFOBAR_ACTION_LABEL, infobarText, pickLanguage, uncheckedInfobarText } from "../engine/texts/index.ts";
import type { Language } from "../engine/texts/index.ts";
import type { CompletableEvent } from "../office/actions.ts";
import { CONTROL_IDS, INFOBAR_ICON, INFOBAR_KEYS } from "../office/addinIds.ts";
import type { ClientInfo } from "../office/clientInfo.ts";
import type { Infobar, MailItem } from "../office/mailItem.ts";
import { writePaneContextData } from "../office/paneOpenContext.ts";
import { readMessage } from "../office/readMessage.ts";
import { readRecipientFields, sameFields } from "../office/recipientFields.ts";

import { completeOnce } from "./completeOnce.ts";
import { readComposeType, writeVerdictStamp } from "./verdictStampWriter.ts";
import type { StampDeps } from "./verdictStampWriter.ts";

export interface RecipientsChangedDeps extends StampDeps {
  item: MailItem;
  policy: Policy;
  client: ClientInfo;
  /** @default 3000 */
  deadlineMs?: number;
}

/**
 * OnMessageRecipientsChanged: keeps one infobar per message saying who is exposed, with an action that opens
 * the task pane; it is replaced as recipients change and removed once the exposure is gone. Advisory only:
 * Outlook does not fire this event reliably everywhere, so the send handler decides afresh. In monitor mode it
 * shows nothing (and removes an infobar left from before). Either way it stamps the draft (`checked=compose`):
 * on phones, where no check runs at Send, that stamp is the only record; elsewhere the send handler rewrites it.
 */
export async function handleRecipientsChanged(event: CompletableEvent, deps: RecipientsChangedDeps): Promise<void> {
  // Runs overlap (one per change) and may finish late: a run past its deadline, or whose recipients changed since
  // it read them, writes nothing; the run for the latest change has the last word.
  let expired = false;
  const finish = completeOnce(event, deps.deadlineMs ?? 3000, () => {
    expired = true;
    return undefined;
  });
  const { policy, item } = deps;
  const language = pickLanguage(deps.client.displayLanguage);
  let stamp: VerdictStamp | undefined;
  try {
    // The infobar counts recipients only: reading the body on every keystroke-sized change is not worth it.
    let message: Message;
    try {
      message = await readMessage(item, { withText: false });
    } catch {
      // A count nobody could check must not stay up as if it were current (monitor mode shows nothing at all).
      if (!expired && policy.mode !== "monitor")
        await item.showInfobar(INFOBAR_KEYS.exposure, uncheckedNotice(language)).catch(() => undefined);
      finish();
      return;
    }
    const compose = await readComposeType(deps);
    const { verdict, exampleNames, personal } = assessMessage(message, policy);
    if (expired || !(await stillTheSame(item, message)) || expired) {
      finish();
      return;
    }
    stamp = stampFromVerdict(verdict, policy, { checked: "compose", compose });
    const spread = spreadOf(compose, verdict.counts.visible);
    const text =
      verdict.action === "allow" || policy.mode === "monitor"
        ? null
        : infobarText({ verdict, organization: policy.organization, exampleNames, personal, spread }, language);
    if (text === null) {
      await item.removeInfobar(INFOBAR_KEYS.exposure).catch(() => undefined);
    } else {
      await item.showInfobar(INFOBAR_KEYS.exposure, {
        type: "insightMessage",
        message: text,
        // Office.js rejects an insight message without an icon, although only classic Outlook draws it.
        icon: INFOBAR_ICON,
        action: {
          actionText: INFOBAR_ACTION_LABEL[language],
          commandId: CONTROL_IDS.openPane,
          contextData: writePaneContextData({ source: "infobar", action: verdict.action, counts: verdict.counts }),
        },
      });
    }
  } catch {
    // Nothing to show when the recipients cannot be read; Send will decide with policy.onError.
  }
  // Written even when the infobar could not be shown: the record matters more than the notice.
  if (stamp && !expired) await writeVerdictStamp(deps, stamp);
  finish();
}

function uncheckedNotice(language: Language): Infobar {
  return {
    type: "informationalMessage",
    message: uncheckedInfobarText(language),
    icon: INFOBAR_ICON,
    persistent: false,
  };
}

/** Whether To, Cc and Bcc are still what `message` holds; a failed read counts as changed. */
async function stillTheSame(item: MailItem, message: Message): Promise<boolean> {
  try {
    return sameFields(await readRecipientFields(item), message);
  } catch {
    return false;
  }
}
