// The simulated Outlook host and the fake Office.js over it, for tests, the simulator page and benchmarks.
export {
  OutlookHost,
  createOutlookHost,
  DEFAULT_SENDER,
  INTERNET_HEADER_QUOTA_BYTES,
  ITEM_EVENT_MINIMUM_SET,
} from "./outlookHost.ts";
export type {
  ChangedRecipientFields,
  ComposeContent,
  ComposeTypeName,
  HostCall,
  HostRecipient,
  HostRecipientInput,
  InitializationContextChangedEvent,
  NotificationAction,
  NotificationDetails,
  NotificationEntry,
  NotificationType,
  OfficeTheme,
  OutlookHostOptions,
  OutlookHostSnapshot,
  RecipientsChangedEvent,
  UserProfile,
} from "./outlookHost.ts";
export { createFakeOffice } from "./fakeOffice.ts";
export type { FakeOffice, FakeOfficeOptions, FakeOfficePlatform, FakeOfficeReadyInfo } from "./fakeOffice.ts";
export type { FakeMessageCompose, ItemEventHandler } from "./fakeMailItem.ts";
export type { FakeAsyncCallback, FakeAsyncResult } from "./officeAsyncCall.ts";
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
export { OfficeArgumentError } from "./clientValidation.ts";
export type { OfficeArgumentErrorType } from "./clientValidation.ts";
export { SIMULATED_CLIENTS, SIMULATED_PHONE_VERSION, isPhone } from "./simulatedClient.ts";
export type { SimulatedClient } from "./simulatedClient.ts";
export { createPhoneOffice, PHONE_GET_LIMIT } from "./phoneOffice.ts";
export type { PhoneOffice } from "./phoneOffice.ts";
