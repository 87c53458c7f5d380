import type { RecipientField } from "../../engine/message.ts";
import type { ActionHandler } from "./actionRegistry.ts";
import { OfficeArgumentError, validateNotificationDetails, validateNotificationKey } from "./clientValidation.ts";
import { createFakeMessageCompose } from "./fakeMailItem.ts";
import { deliver, readAsyncArgs } from "./officeAsyncCall.ts";
import { AsyncResultStatus, CoercionType, MailboxEnums } from "./officeEnums.ts";
import type { OutlookHost } from "./outlookHost.ts";
import { compareVersions } from "./requirementSets.ts";
import { SIMULATED_PHONE_VERSION } from "./simulatedClient.ts";

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
 * Nothing else exists: every object is frozen, so a call to anything more (an insight infobar's action, the
 * task pane's item events, Smart Alert options) is undefined and throws a TypeError, as on a phone.
 * `isSetSupported` says true up to Mailbox 1.5 only, also for the extras, as the phone apps do.
 */
export function createPhoneOffice(host: OutlookHost, os: "ios" | "android", options: PhoneOfficeOptions = {}) {
  const version = options.version ?? SIMULATED_PHONE_VERSION;
  const has = (since: string) => compareVersions(version, since) >= 0;
  const full = createFakeMessageCompose(host);
  const platform = os === "ios" ? "iOS" : "Android";

  const recipients = (field: RecipientField) => {
    const methods: Record<string, unknown> = {
      /** At most `PHONE_GET_LIMIT` recipients come back, however many the field holds. */
      getAsync(...args: unknown[]): void {
        const call = readAsyncArgs<unknown>(args, true);
        deliver(
          host
            .getRecipients(field)
            .then((result) =>
              result.ok ? { ok: true as const, value: result.value.slice(0, PHONE_GET_LIMIT) } : result,
            ),
          call,
        );
      },
    };
    if (has(SINCE.recipientWrites)) {
      methods.setAsync = full[field].setAsync;
      methods.addAsync = full[field].addAsync;
    }
    return Object.freeze(methods);
  };

  const noInsight = (details: unknown): void => {
    if ((details as { type?: unknown } | null)?.type === "insightMessage")
      throw new OfficeArgumentError("Sys.ArgumentException", "type", "Outlook on a phone has no insight messages.");
  };

  const item: Record<string, unknown> = {
    itemType: "message",
    to: recipients("to"),
    cc: recipients("cc"),
    bcc: recipients("bcc"),
    subject: Object.freeze({ getAsync: full.subject.getAsync }),
    body: Object.freeze({ getAsync: full.body.getAsync }),
    notificationMessages: Object.freeze({
      addAsync(key: unknown, details: unknown, ...args: unknown[]): void {
        noInsight(details);
        const call = readAsyncArgs<void>(args, false);
        const checkedKey = validateNotificationKey(key);
        deliver(host.addNotification(checkedKey, validateNotificationDetails(details)), call);
      },
      replaceAsync(key: unknown, details: unknown, ...args: unknown[]): void {
        noInsight(details);
        const call = readAsyncArgs<void>(args, false);
        const checkedKey = validateNotificationKey(key);
        deliver(host.replaceNotification(checkedKey, validateNotificationDetails(details)), call);
      },
      removeAsync: full.notificationMessages.removeAsync,
      getAllAsync: full.notificationMessages.getAllAsync,
    }),
  };
  if (has(SINCE.fromAndComposeType)) {
    item.from = Object.freeze({ getAsync: full.from.getAsync });
    item.getComposeTypeAsync = (...args: unknown[]): void => {
      deliver(host.getComposeType(), readAsyncArgs(args, true));
    };
  }
  if (has(SINCE.internetHeaders)) item.internetHeaders = Object.freeze(internetHeaders(host));
  if (has(SINCE.sessionData)) item.sessionData = Object.freeze({ ...full.sessionData });

  const mailbox = Object.freeze({
    item: Object.freeze(item),
    get userProfile() {
      const profile = host.userProfile;
      return {
        displayName: profile.displayName,
        emailAddress: profile.emailAddress,
        timeZone: profile.timeZone ?? "UTC",
      };
    },
    diagnostics: Object.freeze({ hostName: os === "ios" ? "OutlookIOS" : "OutlookAndroid", hostVersion: version }),
  });
  const context = Object.freeze({
    host: "Outlook" as const,
    platform,
    mailbox,
    diagnostics: Object.freeze({ host: "Outlook", platform, version }),
    get displayLanguage(): string {
      return host.displayLanguage;
    },
    requirements: Object.freeze({
      isSetSupported(name: string, minVersion?: string | number): boolean {
        if (name.toLowerCase() !== "mailbox") return false;
        return minVersion === undefined || compareVersions(String(minVersion), "1.5") <= 0;
      },
    }),
  });
  const readyInfo = Object.freeze({ host: "Outlook" as const, platform, addin: null });
  return Object.freeze({
    AsyncResultStatus,
    CoercionType,
    MailboxEnums,
    HostType: Object.freeze({ Outlook: "Outlook" } as const),
    PlatformType: Object.freeze({ iOS: "iOS", Android: "Android" } as const),
    context,
    actions: Object.freeze({
      associate(name: string, handler: ActionHandler): void {
        host.actions.associate(name, handler);
      },
    }),
    onReady(callback?: (info: typeof readyInfo) => void): Promise<typeof readyInfo> {
      return Promise.resolve().then(() => {
        callback?.(readyInfo);
        return readyInfo;
      });
    },
  });
}

export type PhoneOffice = ReturnType<typeof createPhoneOffice>;

function internetHeaders(host: OutlookHost) {
  const names = (value: unknown): string[] => {
    if (!Array.isArray(value) || value.some((name) => typeof name !== "string" || name === ""))
      throw new OfficeArgumentError("Sys.ArgumentException", "names", "Header names must be non-empty strings.");
    return value as string[];
  };
  return {
    getAsync(list: unknown, ...args: unknown[]): void {
      const call = readAsyncArgs<Record<string, string>>(args, true);
      deliver(host.getInternetHeaders(names(list)), call);
    },
    setAsync(headers: unknown, ...args: unknown[]): void {
      const call = readAsyncArgs<void>(args, false);
      if (typeof headers !== "object" || headers === null || Array.isArray(headers))
        throw new OfficeArgumentError(
          "Sys.ArgumentException",
          "headers",
          "Headers must be an object of names to values.",
        );
      const entries = Object.entries(headers as Record<string, unknown>);
      if (entries.some(([name, value]) => name === "" || typeof value !== "string"))
        throw new OfficeArgumentError(
          "Sys.ArgumentException",
          "headers",
          "Each header needs a name and a string value.",
        );
      deliver(host.setInternetHeaders(Object.fromEntries(entries) as Record<string, string>), call);
    },
    removeAsync(list: unknown, ...args: unknown[]): void {
      const call = readAsyncArgs<void>(args, false);
      deliver(host.removeInternetHeaders(names(list)), call);
    },
  };
}
