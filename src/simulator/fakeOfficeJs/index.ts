// A hand-written Office.js for Outlook compose add-ins over the simulated Outlook host (../host/): the `Office`
// global of Outlook on the desktop and the web, and the narrower one of Outlook for iOS and Android. It checks
// arguments and throws where Microsoft's Office.js throws; ../officeJsHost/ runs Microsoft's library instead.
export { createFakeOffice } from "./fakeOffice.ts";
export type { FakeOffice, FakeOfficeOptions, FakeOfficePlatform, FakeOfficeReadyInfo } from "./fakeOffice.ts";
export { createPhoneOffice, PHONE_GET_LIMIT } from "./phoneOffice.ts";
export type { PhoneOffice, PhoneOfficeOptions } from "./phoneOffice.ts";
export type { FakeMessageCompose, ItemEventHandler } from "./fakeMailItem.ts";
export type { FakeAsyncCallback, FakeAsyncResult } from "./officeAsyncCall.ts";
export { OfficeArgumentError } from "./clientValidation.ts";
export type { OfficeArgumentErrorType } from "./clientValidation.ts";
