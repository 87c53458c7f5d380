import { assessMessage } from "../engine/index.ts";
import type { Policy } from "../engine/index.ts";
import { INFOBAR_ACTION_LABEL, infobarText, pickLanguage } from "../engine/texts/index.ts";
import type { CompletableEvent } from "../office/actions.ts";
import { CONTROL_IDS, INFOBAR_ICON, INFOBAR_KEYS } from "../office/addinIds.ts";
import type { ClientInfo } from "../office/clientInfo.ts";
import type { MailItem } from "../office/mailItem.ts";
import { readMessage } from "../office/readMessage.ts";

import { completeOnce } from "./completeOnce.ts";

export interface RecipientsChangedDeps {
  item: MailItem;
  policy: Policy;
  client: ClientInfo;
  /** @default 3000 */
  deadlineMs?: number;
}

/**
 * OnMessageRecipientsChanged: keeps one infobar per message saying who is exposed, with an action that opens
 * the task pane; it is replaced as recipients change and removed once the exposure is gone. Advisory only:
 * Outlook does not fire this event reliably everywhere, so the send handler decides afresh.
 */
export async function handleRecipientsChanged(event: CompletableEvent, deps: RecipientsChangedDeps): Promise<void> {
  const finish = completeOnce(event, deps.deadlineMs ?? 3000, () => undefined);
  try {
    const { policy, item } = deps;
    // The infobar counts recipients only: reading the body on every keystroke-sized change is not worth it.
    const message = await readMessage(item, { withText: false });
    const { verdict, exampleNames } = assessMessage(message, policy);
    const language = pickLanguage(deps.client.displayLanguage);
    const text =
      verdict.action === "allow"
        ? null
        : infobarText({ verdict, organization: policy.organization, exampleNames }, language);
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
  finish();
}
