import type { OutlookHost } from "../host/outlookHost.ts";

import { OUTLOOK_WEB_APP_NAME } from "./dispids.ts";

export interface AppContextOptions {
  /** The add-in instance, as in the frame's channel info. */
  readonly appId: string;
  /** @default "BCC Guard" */
  readonly addinName?: string;
}

/** The Outlook build the simulated host claims (`Office.context.diagnostics.version`, `mailbox.diagnostics`). */
export const SIMULATED_HOST_VERSION = "16.0.0.0";

/**
 * What Outlook on the web answers `ContextActivationManager_getAppContextAsync` with. Office.js reads it once
 * while it loads: `displayLanguage` and `requirements.isSetSupported` come from here, so a frame sees a change
 * of language or requirement set only after it reloads, as in Outlook.
 *
 * Office.js rejects the answer unless `_id`, `_appName`, `_appVersion`, `_appUILocale`, `_dataLocale`, `_docUrl`,
 * `_clientMode`, `_settings` and `_reason` are all defined.
 */
export function createAppContext(host: OutlookHost, options: AppContextOptions): Record<string, unknown> {
  return {
    _id: options.appId,
    _appInstanceId: options.appId,
    _appName: OUTLOOK_WEB_APP_NAME,
    _appVersion: "16.01",
    _appMinorVersion: 1,
    _hostFullVersion: SIMULATED_HOST_VERSION,
    _appUILocale: host.displayLanguage,
    _dataLocale: host.displayLanguage,
    _docUrl: "",
    // Read-write: the add-in composes.
    _clientMode: 1,
    // Roaming settings, each value serialised; the add-in keeps none.
    _settings: {},
    // Passed to Office.initialize as it is.
    _reason: "inserted",
    _osfControlType: 1,
    _eToken: "",
    _correlationId: "",
    // Office.js lower-cases the names and compares major and minor numerically.
    _requirementMatrix: JSON.stringify({ Mailbox: host.requirementSet }),
    _addinName: options.addinName ?? "BCC Guard",
    _appDomains: [],
    _featureGates: {},
  };
}
