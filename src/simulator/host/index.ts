// The simulated Outlook host: the message being composed, its infobars, session data and internet headers,
// the environment (requirement set, language, theme, user, client), launch-event dispatch, and the faults,
// latency and call log tests put on the add-in's calls. Plain TypeScript, no Office.js and no DOM. The add-in
// reaches it through ../fakeOfficeJs/ (a hand-written Office global) or ../officeJsHost/ (Microsoft's
// Office.js over postMessage); ../outlook/ plays Outlook's window around it (Send, Smart Alerts, the pane).
export { OutlookHost, createOutlookHost } from "./outlookHost.ts";
export type { OutlookHostOptions, OutlookHostSnapshot } from "./outlookHost.ts";
export type { ComposeContent, ComposeTypeName } from "./composeContent.ts";
export type { HostRecipient, HostRecipientInput } from "./hostRecipient.ts";
export { DEFAULT_SENDER } from "./hostEnvironment.ts";
export type { OfficeTheme, UserProfile } from "./hostEnvironment.ts";
export { ITEM_EVENT_MINIMUM_SET } from "./itemEvents.ts";
export type {
  ChangedRecipientFields,
  InitializationContextChangedEvent,
  RecipientsChangedEvent,
} from "./itemEvents.ts";
export type { NotificationAction, NotificationDetails, NotificationEntry, NotificationType } from "./notifications.ts";
export { INTERNET_HEADER_QUOTA_BYTES } from "./internetHeaders.ts";
export type { HostCall } from "./callLog.ts";
export { ActionRegistry, DEFAULT_DISPATCH_TIMEOUT_MS } from "./actionRegistry.ts";
export type {
  ActionDispatcher,
  ActionHandler,
  DispatchedEvent,
  DispatchOptions,
  DispatchRecord,
  DispatchResult,
  EventCompletedOptions,
} from "./actionRegistry.ts";
export type { FaultKind, FaultSpec } from "./faultPlan.ts";
export { HOST_METHODS, MINIMUM_MAILBOX_SET } from "./hostMethod.ts";
export type { HostMethod } from "./hostMethod.ts";
export { OutlookErrorCode, hostError } from "./outlookErrors.ts";
export type { HostError, HostResult, OutlookErrorKind } from "./outlookErrors.ts";
export {
  MAILBOX_REQUIREMENT_SETS,
  NOTIFICATION_LIMIT,
  RECIPIENTS_PER_CALL,
  compareVersions,
  hostLimitsFor,
} from "./requirementSets.ts";
export type { HostLimits, MailboxRequirementSet } from "./requirementSets.ts";
export { SIMULATED_CLIENTS, SIMULATED_PHONE_VERSION, isPhone } from "./simulatedClient.ts";
export type { SimulatedClient } from "./simulatedClient.ts";
