/** A failed host answer, in the shape add-ins read from `asyncResult.error`. */
export interface HostError {
  readonly code: number;
  readonly name: string;
  readonly message: string;
}

/** What every host operation answers: a value, or one of Outlook's errors. */
export type HostResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: HostError };

/**
 * The errors the simulated host can answer. Codes and names are the ones Office.js maps Outlook's
 * error codes to, so an add-in sees the same `code`/`name` here as with Microsoft's library; the
 * messages are ours.
 */
const CATALOGUE = {
  OperationNotSupported: {
    code: 5000,
    name: "Host Error",
    message: "This version of Outlook doesn't support the call.",
  },
  UnsupportedEnumeration: {
    code: 5007,
    name: "Unsupported Enumeration",
    message: "This Outlook has no such value (an event type, say).",
  },
  InternalFormatError: { code: 9002, name: "InternalFormatError", message: "Outlook couldn't complete the call." },
  NumberOfRecipientsExceeded: {
    code: 9012,
    name: "NumberOfRecipientsExceeded",
    message: "The field would hold more recipients than Outlook allows.",
  },
  DuplicateNotificationKey: {
    code: 9023,
    name: "DuplicateNotificationKey",
    message: "This message already has a notification with that key.",
  },
  NotificationKeyNotFound: {
    code: 9024,
    name: "NotificationKeyNotFound",
    message: "This message has no notification with that key.",
  },
  NumberOfNotificationsExceeded: {
    code: 9025,
    name: "NumberOfNotificationsExceeded",
    message: "This message already shows as many notifications as Outlook allows.",
  },
  APICallFailedDueToItemChange: {
    code: 9030,
    name: "APICallFailedDueToItemChange",
    message: "The item changed before the call finished.",
  },
  InternalServerError: { code: 9042, name: "InternalServerError", message: "The mail server answered with an error." },
  KeyNotFound: { code: 9050, name: "KeyNotFound", message: "No session data has that name." },
  SessionObjectMaxLengthExceeded: {
    code: 9051,
    name: "SessionObjectMaxLengthExceeded",
    message: "The session data would grow past its size limit.",
  },
} as const satisfies Record<string, HostError>;

/** An error the host can answer; also what a "fail" fault may be told to answer. */
export type OutlookErrorKind = keyof typeof CATALOGUE;

/** Numeric codes by kind, for assertions such as `error.code === OutlookErrorCode.NumberOfRecipientsExceeded`. */
export const OutlookErrorCode: { readonly [K in OutlookErrorKind]: (typeof CATALOGUE)[K]["code"] } = Object.freeze(
  Object.fromEntries(Object.entries(CATALOGUE).map(([kind, entry]) => [kind, entry.code])) as {
    [K in OutlookErrorKind]: (typeof CATALOGUE)[K]["code"];
  },
);

/** Builds the error for `kind`; `message` replaces the default text (e.g. to state a limit). */
export function hostError(kind: OutlookErrorKind, message?: string): HostError {
  const entry = CATALOGUE[kind];
  return { code: entry.code, name: entry.name, message: message ?? entry.message };
}

export function succeed<T>(value: T): HostResult<T> {
  return { ok: true, value };
}

export function fail<T = never>(kind: OutlookErrorKind, message?: string): HostResult<T> {
  return { ok: false, error: hostError(kind, message) };
}
