import type { OutlookHost } from "../host/outlookHost.ts";

import { SIMULATED_HOST_VERSION } from "./appContext.ts";
import { HOST_ITEM_TYPE, HOST_PERMISSION } from "./dispids.ts";

/**
 * What Outlook on the web answers `GetInitialData` (dispid 1) with: Office.js builds `Office.context.mailbox`
 * from it once, as the frame loads. The item is a message being composed and the add-in holds ReadWriteItem,
 * as the manifest asks; the user profile and the diagnostics match what the hand-written fake reports.
 * The compose fields themselves (recipients, subject, body) are not here: the add-in reads them with calls.
 */
export function createInitialData(host: OutlookHost): Record<string, unknown> {
  const profile = host.userProfile;
  return {
    itemType: HOST_ITEM_TYPE.messageCompose,
    permissionLevel: HOST_PERMISSION.readWriteItem,
    userDisplayName: profile.displayName,
    userEmailAddress: profile.emailAddress,
    userTimeZone: profile.timeZone ?? "UTC",
    userProfileType: profile.accountType ?? "enterprise",
    hostVersion: SIMULATED_HOST_VERSION,
    owaView: "OneColumn",
    isRestIdSupported: true,
  };
}
