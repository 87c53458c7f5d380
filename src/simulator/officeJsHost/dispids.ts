/**
 * The numbers Outlook on the web and Microsoft's Office.js exchange instead of names, as read in
 * `@microsoft/office-js` 1.1.110 (`outlook-web-16.01.debug.js`). They are an internal protocol, not a
 * documented API, which is why the package is pinned.
 */

/** `MethodData.DispatchId` of the `GetInitialData` / `ExecuteMethod` calls the Outlook API makes. */
export const OUTLOOK_DISPID = {
  getInitialData: 1,
  getRecipients: 15,
  setSubject: 17,
  getSubject: 18,
  setRecipients: 21,
  addRecipients: 22,
  addNotification: 33,
  getAllNotifications: 34,
  replaceNotification: 35,
  removeNotification: 36,
  getBody: 37,
  getInitializationContext: 99,
  getFrom: 107,
  setInternetHeaders: 152,
  getComposeType: 174,
  setSessionData: 185,
  getSessionData: 186,
  getAllSessionData: 187,
  clearSessionData: 188,
  removeSessionData: 189,
} as const;

/** `DdaMethod.DispatchId` of `event.completed()`: Office.js's appCommandInvocationCompletedAsync. */
export const APP_COMMAND_COMPLETED_DISPID = 94;

/** `eventDispId` of the events a frame registers for, keyed by the XDM action name it registers under. */
export const EVENT_DISPID = {
  officeThemeChanged: 9,
  appCommandInvoked: 39,
  olkRecipientsChanged: 47,
} as const;

/** `recipientField` in recipient calls. */
export const RECIPIENT_FIELD_INDEX = { to: 0, cc: 1, bcc: 2 } as const;

/** `recipientType` in recipient answers is an index into this list; anything else is left out. */
export const RECIPIENT_TYPES = ["other", "distributionList", "user", "externalUser"] as const;

/** `type` in notification calls is an index into this list. */
export const NOTIFICATION_TYPES = [
  "informationalMessage",
  "progressIndicator",
  "errorMessage",
  "insightMessage",
] as const;

/** `coercionType` in body calls. */
export const HOST_COERCION = { text: 0, html: 3 } as const;

/** `itemType` in the initial data: which item surface Office.js builds (4 is a message being composed). */
export const HOST_ITEM_TYPE = { messageCompose: 4 } as const;

/** `permissionLevel` in the initial data, in the host's numbering (Office.js renumbers it). */
export const HOST_PERMISSION = { readItem: 1, readWriteMailbox: 2, readWriteItem: 3 } as const;

/** `_appName` of Outlook on the web (`OSF.AppName.OutlookWebApp`); it selects the postMessage transport. */
export const OUTLOOK_WEB_APP_NAME = 64;

/**
 * The status `appCommandInvocationCompletedAsync` reports: 0 after `event.completed()`, Office.js's
 * `ooeInvalidCallback` when no function has the name the host asked for, `ooeInternalError` when the
 * event text could not be read.
 */
export const COMPLETION_STATUS = { completed: 0, internalError: 5001, invalidCallback: 11101 } as const;
