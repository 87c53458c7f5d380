import type { RecipientField } from "../../engine/message.ts";
import type { OutlookHost } from "../host/outlookHost.ts";
import { compareVersions } from "../host/requirementSets.ts";
import { SIMULATED_PHONE_VERSION } from "../host/simulatedClient.ts";
import { createFakeMessageCompose } from "./fakeMailItem.ts";
import { createOfficeGlobal } from "./officeGlobal.ts";

/** Outlook on a phone hands back at most this many recipients from one field's getAsync. */
export const PHONE_GET_LIMIT = 100;

export interface PhoneOfficeOptions {
  /** The Outlook app's version, which decides which APIs beyond Mailbox 1.5 exist. @default SIMULATED_PHONE_VERSION */
  readonly version?: string;
}

/** The first app version with each API beyond Mailbox 1.5 (Microsoft's "APIs supported in Outlook on mobile devices"). */
const SINCE = {
  fromAndComposeType: "4.2352.0",
  internetHeaders: "4.2405.0",
  sessionData: "4.2425.0",
  recipientWrites: "4.2530.0",
} as const;

/**
 * The `Office` global of an event-based add-in in Outlook for iOS or Android, over `host`: Mailbox 1.5 in
 * compose, minus what Microsoft lists as unsupported there (subject.setAsync, body.setAsync/prependAsync/
 * getTypeAsync, officeTheme, EWS), plus the extras listed for event-based add-ins, each from its app version.
 * It is the desktop's item and `Office` with what the phone lacks left out. Nothing else exists: every object
 * is frozen, so a call to anything more (an insight infobar, the task pane's item events, Smart Alert options)
 * is undefined and throws a TypeError, as on a phone. `isSetSupported` says true up to Mailbox 1.5 only, also
 * for the extras, as the phone apps do.
 */
export function createPhoneOffice(host: OutlookHost, os: "ios" | "android", options: PhoneOfficeOptions = {}) {
  const version = options.version ?? SIMULATED_PHONE_VERSION;
  const has = (since: string) => compareVersions(version, since) >= 0;
  const full = createFakeMessageCompose(host, { recipientsPerGet: PHONE_GET_LIMIT, insightMessages: false });
  const platform = os === "ios" ? "iOS" : "Android";

  const recipients = (field: RecipientField) => {
    const { getAsync, setAsync, addAsync } = full[field];
    return Object.freeze(has(SINCE.recipientWrites) ? { getAsync, setAsync, addAsync } : { getAsync });
  };

  const item: Record<string, unknown> = {
    itemType: "message",
    to: recipients("to"),
    cc: recipients("cc"),
    bcc: recipients("bcc"),
    subject: Object.freeze({ getAsync: full.subject.getAsync }),
    body: Object.freeze({ getAsync: full.body.getAsync }),
    notificationMessages: Object.freeze({ ...full.notificationMessages }),
  };
  if (has(SINCE.fromAndComposeType)) {
    item.from = Object.freeze({ getAsync: full.from.getAsync });
    item.getComposeTypeAsync = full.getComposeTypeAsync;
  }
  if (has(SINCE.internetHeaders)) item.internetHeaders = Object.freeze({ ...full.internetHeaders });
  if (has(SINCE.sessionData)) item.sessionData = Object.freeze({ ...full.sessionData });

  return createOfficeGlobal(host, {
    platform,
    platformTypes: { iOS: "iOS", Android: "Android" } as const,
    item: Object.freeze(item),
    mailboxDiagnostics: { hostName: os === "ios" ? "OutlookIOS" : "OutlookAndroid", hostVersion: version },
    accountType: false,
    newestMailboxSet: () => "1.5",
    enums: {},
    context: { diagnostics: Object.freeze({ host: "Outlook", platform, version }) },
    frozen: true,
  });
}

export type PhoneOffice = ReturnType<typeof createPhoneOffice>;
