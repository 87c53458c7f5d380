import type { ActionHandler } from "../host/actionRegistry.ts";
import type { OutlookHost } from "../host/outlookHost.ts";
import { compareVersions } from "../host/requirementSets.ts";
import { AsyncResultStatus, CoercionType, MailboxEnums } from "./officeEnums.ts";

/**
 * What one Outlook client puts in its `Office` global beyond what every client has. A phone has less than a
 * desktop (no theme, no account type, no item events, Mailbox 1.5 only), so each client says what it has.
 */
export interface OfficeClientSurface<
  Item,
  Platform extends string,
  PlatformTypes extends Readonly<Record<string, Platform>>,
  Enums extends object,
  Context extends object,
> {
  /** `Office.context.platform` and what `onReady` reports. */
  readonly platform: Platform;
  /** `Office.PlatformType`: the platforms this client can report. */
  readonly platformTypes: PlatformTypes;
  readonly item: Item;
  /** `Office.context.mailbox.diagnostics`. */
  readonly mailboxDiagnostics: Readonly<Record<string, string>>;
  /** Whether `userProfile` has `accountType` (a phone's has not). */
  readonly accountType: boolean;
  /** The newest Mailbox set `isSetSupported` says yes to, read on every call. */
  readonly newestMailboxSet: () => string;
  /** Enumerations beside the ones every client has (AsyncResultStatus, CoercionType, MailboxEnums). */
  readonly enums: Enums;
  /** Members of `Office.context` beyond the common ones; getters stay live. */
  readonly context: Context;
  /** Freeze every object, so an add-in cannot add what the client lacks (a phone). */
  readonly frozen: boolean;
}

/** What `Office.onReady` resolves with; `addin` is null outside shared runtimes, as in Office.js. */
export interface OfficeReadyInfo<Platform extends string> {
  readonly host: "Outlook";
  readonly platform: Platform;
  readonly addin: null;
}

/**
 * The `Office` global of one Outlook client over `host`: the enumerations, `context` (host, platform, mailbox
 * with the item, user profile and diagnostics, display language, requirement sets), `actions.associate`
 * (stored in `host.actions`) and `onReady`, plus the client's own members. `context.*` reads the host each
 * time, so changing the host's language or requirement set shows at once.
 */
export function createOfficeGlobal<
  Item,
  Platform extends string,
  PlatformTypes extends Readonly<Record<string, Platform>>,
  Enums extends object,
  Context extends object,
>(host: OutlookHost, client: OfficeClientSurface<Item, Platform, PlatformTypes, Enums, Context>) {
  const freeze = <T extends object>(value: T): T => (client.frozen ? Object.freeze(value) : value);
  const readyInfo: OfficeReadyInfo<Platform> = Object.freeze({
    host: "Outlook",
    platform: client.platform,
    addin: null,
  });

  const mailbox = freeze({
    item: client.item,
    /** The signed-in user, read from the host on every access. */
    get userProfile() {
      const profile = host.userProfile;
      return {
        displayName: profile.displayName,
        emailAddress: profile.emailAddress,
        ...(client.accountType ? { accountType: profile.accountType ?? "enterprise" } : {}),
        timeZone: profile.timeZone ?? "UTC",
      };
    },
    diagnostics: Object.freeze({ ...client.mailboxDiagnostics }),
  });

  const context = freeze(
    withMembers(
      {
        host: "Outlook" as const,
        platform: client.platform,
        mailbox,
        get displayLanguage(): string {
          return host.displayLanguage;
        },
        requirements: freeze({
          /**
           * True for "Mailbox" (any case) up to the client's newest set, compared numerically
           * ("1.9" < "1.14"); false for every other set.
           */
          isSetSupported(name: string, minVersion?: string | number): boolean {
            if (name.toLowerCase() !== "mailbox") return false;
            return minVersion === undefined || compareVersions(String(minVersion), client.newestMailboxSet()) <= 0;
          },
        }),
      },
      client.context,
    ),
  );

  return freeze(
    withMembers(
      {
        AsyncResultStatus,
        CoercionType,
        MailboxEnums,
        HostType: Object.freeze({ Outlook: "Outlook" } as const),
        PlatformType: Object.freeze({ ...client.platformTypes }) as Readonly<PlatformTypes>,
        context,
        actions: freeze({
          /** Registers a launch-event handler or function command under its manifest name. */
          associate(name: string, handler: ActionHandler): void {
            host.actions.associate(name, handler);
          },
        }),
        /** Resolves (and calls `callback`) in a microtask, so it also settles under fake timers. */
        onReady(callback?: (info: OfficeReadyInfo<Platform>) => void): Promise<OfficeReadyInfo<Platform>> {
          return Promise.resolve().then(() => {
            callback?.(readyInfo);
            return readyInfo;
          });
        },
      },
      client.enums,
    ),
  );
}

/** Adds `extra`'s members to `target` as they are, getters included (a spread would read them once). */
function withMembers<T extends object, U extends object>(target: T, extra: U): T & U {
  return Object.defineProperties(target, Object.getOwnPropertyDescriptors(extra)) as T & U;
}
