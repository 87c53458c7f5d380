import { DEFAULT_CALL_TIMEOUT_MS, OfficeCallError, officeCall } from "./officeCall.ts";

/** Writes internet headers on the message being composed (they travel with it when it is sent). */
export interface HeaderWriter {
  /** Sets each header, replacing one of the same name. Rejects with an `OfficeCallError` when it could not. */
  setHeaders(headers: Readonly<Record<string, string>>): Promise<void>;
}

/**
 * `item.internetHeaders.setAsync` (Mailbox 1.8; Outlook for iOS and Android from 4.2405, which do not claim the
 * 1.8 set, hence the check for the method itself rather than the requirement set). Where the method is missing
 * the write rejects with code 5000 at once, without calling anything.
 */
export function createHeaderWriter(office: typeof Office, timeoutMs: number = DEFAULT_CALL_TIMEOUT_MS): HeaderWriter {
  return {
    setHeaders: (headers) => {
      const item = office.context.mailbox.item as Office.MessageCompose | undefined;
      const internetHeaders = item?.internetHeaders as Office.InternetHeaders | undefined;
      if (typeof internetHeaders?.setAsync !== "function") {
        return Promise.reject(
          new OfficeCallError("internetHeaders.setAsync", 5000, "NotSupported", "this Outlook has no internet headers"),
        );
      }
      return officeCall<void>(
        "internetHeaders.setAsync",
        (cb) => internetHeaders.setAsync({ ...headers }, cb),
        timeoutMs,
      );
    },
  };
}
