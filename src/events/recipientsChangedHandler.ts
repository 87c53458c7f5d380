import { assessMessage, spreadOf, stampFromVerdict } from "../engine/index.ts";
import type { Policy, VerdictStamp } from "../engine/index.ts";
import { INFOBAR_ACTION_LABEL, infobarText, pickLanguage } from "../engine/texts/index.ts";
import type { CompletableEvent } from "../office/actions.ts";
import { CONTROL_IDS, INFOBAR_ICON, INFOBAR_KEYS } from "../office/addinIds.ts";
import type { ClientInfo } from "../office/clientInfo.ts";
import type { MailItem } from "../office/mailItem.ts";
import { readMessage } from "../office/readMessage.ts";

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
  const finish = completeOnce(event, deps.deadlineMs ?? 3000, () => undefined);
  let stamp: VerdictStamp | undefined;
  try {
    const { policy, item } = deps;
    // The infobar counts recipients only: reading the body on every keystroke-sized change is not worth it.
    const message = await readMessage(item, { withText: false });
    const compose = await readComposeType(deps);
    const { verdict, exampleNames } = assessMessage(message, policy);
    const language = pickLanguage(deps.client.displayLanguage);
    stamp = stampFromVerdict(verdict, policy, { checked: "compose", compose });
    const spread = spreadOf(compose, verdict.counts.visible);
    const text =
      verdict.action === "allow" || policy.mode === "monitor"
        ? null
        : infobarText({ verdict, organization: policy.organization, exampleNames, spread }, language);
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
          contextData: JSON.stringify({ source: "infobar", action: verdict.action, counts: verdict.counts }),
        },
      });
    }
  } catch {
    // Nothing to show when the recipients cannot be read; Send will decide with policy.onError.
  }
  // Written even when the infobar could not be shown: the record matters more than the notice.
  if (stamp) await writeVerdictStamp(deps, stamp);
  finish();
}
