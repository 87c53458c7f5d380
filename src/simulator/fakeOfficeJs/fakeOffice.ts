import type { OutlookHost } from "../host/outlookHost.ts";
import { createFakeMessageCompose } from "./fakeMailItem.ts";
import { createOfficeGlobal, type OfficeReadyInfo } from "./officeGlobal.ts";
import { EventType } from "./officeEnums.ts";

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
export type FakeOfficeReadyInfo = OfficeReadyInfo<FakeOfficePlatform>;

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
  return createOfficeGlobal(host, {
    platform: options.platform ?? "OfficeOnline",
    platformTypes: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" } as const,
    item: createFakeMessageCompose(host),
    mailboxDiagnostics: {
      hostName: options.hostName ?? "OutlookWebApp",
      hostVersion: "16.0.0.0",
      OWAView: "OneColumn",
    },
    accountType: true,
    newestMailboxSet: () => host.requirementSet,
    enums: { EventType },
    context: {
      get officeTheme() {
        const theme = host.officeTheme;
        return theme && { ...theme };
      },
    },
    frozen: false,
  });
}

export type FakeOffice = ReturnType<typeof createFakeOffice>;
