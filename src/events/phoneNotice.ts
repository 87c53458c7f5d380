import { assessMessage } from "../engine/index.ts";
import type { Policy, Verdict } from "../engine/index.ts";
import { pickLanguage } from "../engine/texts/index.ts";
import { phoneNoticeText } from "../engine/texts/phoneNotice.ts";
import { STAMP_HEADER, errorStamp, formatStamp, stampFromVerdict } from "../engine/index.ts";
import type { CompletableEvent } from "../office/actions.ts";
import { INFOBAR_ICON, INFOBAR_KEYS } from "../office/addinIds.ts";
import type { ClientInfo } from "../office/clientInfo.ts";
import type { MailItem } from "../office/mailItem.ts";
import { PHONE_RECIPIENT_READ_LIMIT } from "../office/phoneSurface.ts";
import type { PhoneExtras } from "../office/phoneSurface.ts";
import { readMessage } from "../office/readMessage.ts";

import { completeOnce } from "./completeOnce.ts";

/**
 * What the handler may touch on a phone. `item` is only asked for what Mailbox 1.5 has there: the three
 * fields' getAsync, the signed-in user, and the one notice (`notificationMessages`, Mailbox 1.3).
 */
export interface PhoneNoticeDeps {
  item: MailItem;
  policy: Policy;
  client: ClientInfo;
  /** The calls beyond Mailbox 1.5 that phones allow event-based add-ins; null when none may be made. */
  extras: PhoneExtras | null;
  /** Phones give a handler 60 s; BCC Guard needs far less and ends early rather than hold the app. @default 5000 */
  deadlineMs?: number;
}

/**
 * OnMessageRecipientsChanged on Outlook for iOS and Android. There is no check at Send on a phone (no Smart
 * Alerts) and no task pane or ribbon button, so this notice is the only warning the sender gets and says
 * itself what to do. A phone shows one notice per add-in (a new one replaces the old), so it is informational,
 * persistent and re-issued under one key. Where the app can write internet headers (4.2405.0+), the verdict
 * stamp is kept current with `checked=compose`, so the message carries the last verdict reached while
 * composing, marked as such.
 */
export async function handlePhoneRecipientsChanged(event: CompletableEvent, deps: PhoneNoticeDeps): Promise<void> {
  const finish = completeOnce(event, deps.deadlineMs ?? 5000, () => undefined);
  const { item, policy } = deps;
  let verdict: Verdict | null = null;
  try {
    const message = await readMessage(item, { withText: false });
    const assessment = assessMessage(message, policy);
    verdict = assessment.verdict;
    // A full field may have been cut at 100: every count is then a floor, and the notice says so.
    const countsAreFloors = [message.to, message.cc].some(
      (field) => (field?.length ?? 0) >= PHONE_RECIPIENT_READ_LIMIT,
    );
    const text =
      policy.mode === "monitor"
        ? null
        : phoneNoticeText(
            {
              verdict,
              organization: policy.organization,
              exampleNames: assessment.exampleNames,
              countsAreFloors,
            },
            pickLanguage(deps.client.displayLanguage),
          );
    if (text === null) await item.removeInfobar(INFOBAR_KEYS.exposure).catch(() => undefined);
    else
      await item.showInfobar(INFOBAR_KEYS.exposure, {
        type: "informationalMessage",
        message: text,
        icon: INFOBAR_ICON,
        persistent: true,
      });
  } catch {
    // The recipients could not be read or the notice not shown; the stamp below records what is known.
  }
  await writeStamp(deps, verdict);
  finish();
}

async function writeStamp({ extras, policy }: PhoneNoticeDeps, verdict: Verdict | null): Promise<void> {
  if (!extras?.canSetHeaders) return;
  try {
    const compose = await extras.getComposeType();
    const context = { checked: "compose", compose } as const;
    const stamp = verdict ? stampFromVerdict(verdict, policy, context) : errorStamp(policy, context);
    await extras.setHeader(STAMP_HEADER, formatStamp(stamp));
  } catch {
    // An unstamped message reads as "not checked" at the Exchange backstop, which is the truth here.
  }
}
