import type { ActionHandler } from "./actionRegistry.ts";
import { createFakeMessageCompose } from "./fakeMailItem.ts";
import { AsyncResultStatus, CoercionType, EventType, MailboxEnums } from "./officeEnums.ts";
import type { OutlookHost } from "./outlookHost.ts";
import { isMailboxVersionSupported } from "./requirementSets.ts";

/** Where the fake says it runs. */
export type FakeOfficePlatform = "OfficeOnline" | "PC" | "Mac";

export interface FakeOfficeOptions {
  /**
   * `Office.context.platform` and the platform `onReady` reports.
   * @default "OfficeOnline"
   */
  readonly platform?: FakeOfficePlatform;
  /**
   * `Office.context.mailbox.diagnostics.hostName`.
   * @default "OutlookWebApp"
   */
  readonly hostName?: string;
}

/** What `Office.onReady` resolves with; `addin` is null outside shared runtimes, as in Office.js. */
export interface FakeOfficeReadyInfo {
  readonly host: "Outlook";
  readonly platform: FakeOfficePlatform;
  readonly addin: null;
}

/**
 * A hand-written `Office` global for an Outlook compose add-in, backed by an `OutlookHost`.
 *
 * It behaves like Office.js where an add-in can tell the difference: async methods take
 * `[options], callback` and answer with an AsyncResult (`status`, `value`, `error`, `asyncContext`)
 * after the host's latency; wrong arguments throw synchronously before the host sees a call
 * (101 recipients in one setAsync/addAsync, a 151-character infobar, an informational infobar
 * without `persistent`, …); host rules answer Outlook's error codes. `context.*` reads the host
 * each time, so changing the host's language or requirement set shows at once.
 * `actions.associate` stores handlers in `host.actions`, and `host.dispatch` runs them.
 *
 * The add-in is granted ReadWriteItem, as the manifest asks. It is typed against @types/office-js,
 * so cast where it expects the global.
 *
 * @example
 * const host = new OutlookHost({ to: ["ann@fabrikam.com"] });
 * const office = createFakeOffice(host);
 * globalThis.Office = office as unknown as typeof Office; // or pass it to the code under test
 * host.injectFault({ method: "bcc.addAsync", call: 2, kind: "fail" });
 * office.context.mailbox.item.bcc.addAsync(["bob@contoso.com"], (result) => {
 *   result.status; // "succeeded"
 * });
 * const outcome = await host.dispatch("onMessageSendHandler", { type: "messageSend" });
 * host.callCount("bcc.addAsync"); // 1
 */
export function createFakeOffice(host: OutlookHost, options: FakeOfficeOptions = {}) {
  const platform = options.platform ?? "OfficeOnline";
  const hostName = options.hostName ?? "OutlookWebApp";
  const item = createFakeMessageCompose(host);
  const readyInfo: FakeOfficeReadyInfo = Object.freeze({ host: "Outlook", platform, addin: null });

  const mailbox = {
    item,
    /** The signed-in user, read from the host on every access. */
    get userProfile() {
      const profile = host.userProfile;
      return {
        displayName: profile.displayName,
        emailAddress: profile.emailAddress,
        accountType: profile.accountType ?? "enterprise",
        timeZone: profile.timeZone ?? "UTC",
      };
    },
    diagnostics: Object.freeze({ hostName, hostVersion: "16.0.0.0", OWAView: "OneColumn" }),
  };

  const context = {
    host: "Outlook" as const,
    platform,
    mailbox,
    get displayLanguage(): string {
      return host.displayLanguage;
    },
    get officeTheme() {
      const theme = host.officeTheme;
      return theme && { ...theme };
    },
    requirements: {
      /**
       * True for "Mailbox" (any case) up to the host's requirement set, compared numerically
       * ("1.9" < "1.14"); false for every other set.
       */
      isSetSupported(name: string, minVersion?: string | number): boolean {
        if (name.toLowerCase() !== "mailbox") return false;
        return isMailboxVersionSupported(
          host.requirementSet,
          minVersion === undefined ? undefined : String(minVersion),
        );
      },
    },
  };

  return {
    AsyncResultStatus,
    CoercionType,
    EventType,
    MailboxEnums,
    HostType: Object.freeze({ Outlook: "Outlook" } as const),
    PlatformType: Object.freeze({ OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" } as const),
    context,
    actions: {
      /** Registers a launch-event handler or function command under its manifest name. */
      associate(name: string, handler: ActionHandler): void {
        host.actions.associate(name, handler);
      },
    },
    /** Resolves (and calls `callback`) in a microtask, so it also settles under fake timers. */
    onReady(callback?: (info: FakeOfficeReadyInfo) => void): Promise<FakeOfficeReadyInfo> {
      return Promise.resolve().then(() => {
        callback?.(readyInfo);
        return readyInfo;
      });
    },
  };
}

export type FakeOffice = ReturnType<typeof createFakeOffice>;
