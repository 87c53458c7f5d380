/*
 * The URL paths the simulator server answers besides the add-in itself (served unchanged at `/`). Browser-safe:
 * the simulator page picks its frames' folder from these.
 */

/** The add-in pages for frames on Microsoft's real Office.js, loaded from `OFFICE_JS_PREFIX`. */
export const ADDIN_PREFIX = "/addin/";

/** The add-in pages for frames on the simulator's fake Office.js (`simulator.html?office=fake`). */
export const FAKE_ADDIN_PREFIX = "/addin-fake/";

/**
 * Microsoft's Office.js from node_modules (@microsoft/office-js/dist/). Office.js loads its other files
 * (outlook-web-16.01.js, string files, telemetry) relative to the office.js it was loaded from, so the whole
 * folder is served here.
 */
export const OFFICE_JS_PREFIX = "/office-js/";

/** Our stand-in for ASP.NET AJAX's MicrosoftAjax.js, which Office.js's Outlook part needs. */
export const MS_AJAX_STAND_IN_PATH = "/ms-ajax/MicrosoftAjax.js";

/** What the simulator page shows about the server that serves it (JSON, `SimulatorInfo`). */
export const SIMULATOR_INFO_PATH = "/simulator-info.json";

export interface SimulatorInfo {
  /** The policy file the add-in was built with, as named to `npm start`; null for the default policy. */
  readonly policyFile: string | null;
}
