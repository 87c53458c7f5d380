import type { NotificationDetails, NotificationType } from "../host/notifications.ts";
import { RECIPIENTS_PER_CALL } from "../host/requirementSets.ts";

/** The exception types Office.js throws when an argument is wrong (ASP.NET AJAX names). */
export type OfficeArgumentErrorType =
  | "Sys.ArgumentException"
  | "Sys.ArgumentNullException"
  | "Sys.ArgumentOutOfRangeException"
  | "Sys.ArgumentTypeException"
  | "Sys.ParameterCountException";

/**
 * Thrown synchronously by the fake Office, before anything reaches the host, wherever Microsoft's
 * Office.js throws: the message starts with the exception type and names the parameter (and the
 * offending value for a range error), so tests can look for "Sys.ArgumentOutOfRangeException" and
 * "recipients" whichever library threw.
 */
export class OfficeArgumentError extends Error {
  readonly parameterName: string;
  readonly actualValue: unknown;

  /** An empty `parameterName` names none, as Office.js does for a wrong argument count or shape. */
  constructor(type: OfficeArgumentErrorType, parameterName: string, detail: string, actualValue?: unknown) {
    const actual = actualValue === undefined ? "" : ` Actual value: ${String(actualValue)}.`;
    const parameter = parameterName === "" ? "" : ` Parameter name: ${parameterName}.`;
    super(`${type}: ${detail}${parameter}${actual}`);
    this.name = type;
    this.parameterName = parameterName;
    this.actualValue = actualValue;
  }
}

/** Longest display name a recipient may have. */
export const MAX_DISPLAY_NAME_LENGTH = 255;
/** Longest SMTP address a recipient may have. */
export const MAX_ADDRESS_LENGTH = 571;
export const MAX_SUBJECT_LENGTH = 255;
export const MAX_NOTIFICATION_KEY_LENGTH = 32;
export const MAX_NOTIFICATION_MESSAGE_LENGTH = 150;
export const MAX_NOTIFICATION_ICON_LENGTH = 32;
export const MAX_NOTIFICATION_ACTION_TEXT_LENGTH = 30;
/** Longest internet header Office.js lets through: its name and value together, in characters. */
export const MAX_INTERNET_HEADER_LENGTH = 998;

const NOTIFICATION_TYPES: readonly NotificationType[] = [
  "informationalMessage",
  "progressIndicator",
  "errorMessage",
  "insightMessage",
];

/** A recipient as Office.js sends it to the host: address and display name only. */
export interface ValidatedRecipient {
  readonly emailAddress: string;
  readonly displayName?: string;
}

/**
 * Checks a setAsync/addAsync recipient list: an array of at most 100 entries, each a non-empty
 * string or an object with a string `emailAddress` or `displayName` (one of them non-empty; Office.js
 * lets a name without an address through), names ≤ 255 and addresses ≤ 571 characters.
 * Strings become `{ emailAddress: s, displayName: s }`; a missing address becomes ""; other properties
 * (such as recipientType) are dropped, because Office.js sends only the address and name.
 */
export function validateRecipients(recipients: unknown): ValidatedRecipient[] {
  if (!Array.isArray(recipients)) {
    throw new OfficeArgumentError("Sys.ArgumentException", "recipients", "Recipients must be an array.");
  }
  if (recipients.length > RECIPIENTS_PER_CALL) {
    throw new OfficeArgumentError(
      "Sys.ArgumentOutOfRangeException",
      "recipients",
      `One call can carry at most ${RECIPIENTS_PER_CALL} recipients.`,
      recipients.length,
    );
  }
  return recipients.map((entry: unknown): ValidatedRecipient => {
    if (typeof entry === "string" && entry !== "") {
      checkRecipientLengths(entry, entry);
      return { emailAddress: entry, displayName: entry };
    }
    if (typeof entry === "object" && entry !== null) {
      const { emailAddress, displayName } = entry as { emailAddress?: unknown; displayName?: unknown };
      const address = typeof emailAddress === "string" ? emailAddress : undefined;
      const name = typeof displayName === "string" ? displayName : undefined;
      if ((displayName || emailAddress) && (address !== undefined || name !== undefined)) {
        checkRecipientLengths(name, address);
        return name === undefined
          ? { emailAddress: address ?? "" }
          : { emailAddress: address ?? "", displayName: name };
      }
    }
    throw new OfficeArgumentError(
      "Sys.ArgumentException",
      "recipients",
      "Each recipient must be an address or an object with an emailAddress or a displayName.",
    );
  });
}

function checkRecipientLengths(displayName: string | undefined, emailAddress: string | undefined): void {
  if (displayName !== undefined && displayName.length > MAX_DISPLAY_NAME_LENGTH) {
    throw new OfficeArgumentError(
      "Sys.ArgumentOutOfRangeException",
      "recipients",
      `A display name can be at most ${MAX_DISPLAY_NAME_LENGTH} characters.`,
      displayName.length,
    );
  }
  if (emailAddress !== undefined && emailAddress.length > MAX_ADDRESS_LENGTH) {
    throw new OfficeArgumentError(
      "Sys.ArgumentOutOfRangeException",
      "recipients",
      `An email address can be at most ${MAX_ADDRESS_LENGTH} characters.`,
      emailAddress.length,
    );
  }
}

export function validateNotificationKey(key: unknown): string {
  const checked = requireString("key", key);
  checkLength("key", checked, MAX_NOTIFICATION_KEY_LENGTH);
  return checked;
}

/**
 * Checks infobar details the way Office.js does, in its order: the type is a string; an informational
 * message needs an icon and a boolean `persistent` and takes no actions; an insight message needs an
 * icon and an `actions` array holding at most one "showTaskPane" action (with a commandId and an
 * actionText ≤ 30; an empty array passes), and no `persistent`; any other type takes no icon,
 * persistent or actions; then the message ≤ 150 characters; only then is an unknown type refused.
 * Missing details throw a TypeError, as Office.js reads their type without checking.
 */
export function validateNotificationDetails(details: unknown): NotificationDetails {
  if (typeof details !== "object" || details === null) {
    throw new TypeError("Cannot read the notification type of missing details.");
  }
  const { type, message, icon, persistent, actions } = details as Record<string, unknown>;
  const checkedType = requireString("type", type);

  if (checkedType === "informationalMessage") {
    checkLength("icon", requireString("icon", icon), MAX_NOTIFICATION_ICON_LENGTH);
    if (persistent === undefined || persistent === null) {
      throw new OfficeArgumentError(
        "Sys.ArgumentNullException",
        "persistent",
        "An informational message needs persistent.",
      );
    }
    if (typeof persistent !== "boolean") {
      throw new OfficeArgumentError(
        "Sys.ArgumentTypeException",
        "persistent",
        "persistent must be a boolean.",
        typeof persistent,
      );
    }
    if (actions !== undefined && actions !== null) {
      throw new OfficeArgumentError("Sys.ArgumentException", "actions", "An informational message can't have actions.");
    }
  } else if (checkedType === "insightMessage") {
    checkLength("icon", requireString("icon", icon), MAX_NOTIFICATION_ICON_LENGTH);
    if (persistent !== undefined && persistent !== null) {
      throw new OfficeArgumentError("Sys.ArgumentException", "persistent", "An insight message can't set persistent.");
    }
    validateInsightActions(actions);
  } else {
    for (const [name, value] of [
      ["icon", icon],
      ["persistent", persistent],
      ["actions", actions],
    ] as const) {
      if (value !== undefined && value !== null) {
        throw new OfficeArgumentError("Sys.ArgumentException", name, `A ${checkedType} can't set ${name}.`);
      }
    }
  }

  const checkedMessage = requireString("message", message);
  checkLength("message", checkedMessage, MAX_NOTIFICATION_MESSAGE_LENGTH);

  if (!(NOTIFICATION_TYPES as readonly string[]).includes(checkedType)) {
    throw new OfficeArgumentError("Sys.ArgumentException", "type", `"${checkedType}" is not a notification type.`);
  }
  const notificationType = checkedType as NotificationType;

  return {
    type: notificationType,
    message: checkedMessage,
    ...(typeof icon === "string" ? { icon } : {}),
    ...(typeof persistent === "boolean" ? { persistent } : {}),
    ...(notificationType === "insightMessage" ? { actions: actions as NotificationDetails["actions"] } : {}),
  };
}

function validateInsightActions(actions: unknown): void {
  if (actions === undefined || actions === null) {
    throw new OfficeArgumentError("Sys.ArgumentNullException", "actions", "An insight message needs its actions.");
  }
  if (!Array.isArray(actions) || actions.length > 1) {
    throw new OfficeArgumentError("Sys.ArgumentException", "actions", "An insight message takes one action.");
  }
  const first: unknown = actions[0];
  // Office.js checks the one action when there is one: an empty list (or a missing entry) goes through.
  if (first === undefined || first === null) return;
  const action = Object(first) as Record<string, unknown>;
  if (action.actionType === undefined || action.actionType === null) {
    throw new OfficeArgumentError("Sys.ArgumentNullException", "actionType", "The action needs an actionType.");
  }
  if (action.actionType !== "showTaskPane") {
    throw new OfficeArgumentError("Sys.ArgumentException", "actionType", 'The only action type is "showTaskPane".');
  }
  if (typeof action.commandId !== "string" || action.commandId === "") {
    throw new OfficeArgumentError("Sys.ArgumentException", "commandId", "A showTaskPane action needs a commandId.");
  }
  if (typeof action.actionText !== "string" || action.actionText === "") {
    throw new OfficeArgumentError("Sys.ArgumentNullException", "actionText", "The action needs an actionText.");
  }
  checkLength("actionText", action.actionText, MAX_NOTIFICATION_ACTION_TEXT_LENGTH);
}

/**
 * sessionData names and values are strings; a name must not be empty, a value may be. A missing one is
 * a Sys.ArgumentNullException, another type a Sys.ArgumentTypeException.
 */
export function validateSessionDataString(parameterName: "name" | "value", value: unknown): string {
  if (parameterName === "name") return requireString("name", value);
  if (value === undefined || value === null) {
    throw new OfficeArgumentError("Sys.ArgumentNullException", "value", "value is required.");
  }
  if (typeof value !== "string") {
    throw new OfficeArgumentError("Sys.ArgumentTypeException", "value", "value must be a string.", typeof value);
  }
  return value;
}

export function validateSubject(subject: unknown): string {
  if (typeof subject !== "string") {
    throw new OfficeArgumentError(
      "Sys.ArgumentTypeException",
      "subject",
      "The subject must be a string.",
      typeof subject,
    );
  }
  checkLength("subject", subject, MAX_SUBJECT_LENGTH);
  return subject;
}

export function validateCoercionType(coercionType: unknown): "text" | "html" {
  if (coercionType !== "text" && coercionType !== "html") {
    throw new OfficeArgumentError(
      "Sys.ArgumentException",
      "coercionType",
      'The coercion type must be "text" or "html".',
    );
  }
  return coercionType;
}

function requireString(parameterName: string, value: unknown): string {
  if (value === undefined || value === null || value === "") {
    throw new OfficeArgumentError("Sys.ArgumentNullException", parameterName, `${parameterName} is required.`);
  }
  if (typeof value !== "string") {
    throw new OfficeArgumentError(
      "Sys.ArgumentTypeException",
      parameterName,
      `${parameterName} must be a string.`,
      typeof value,
    );
  }
  return value;
}

function checkLength(parameterName: string, value: string, max: number): void {
  if (value.length > max) {
    throw new OfficeArgumentError(
      "Sys.ArgumentOutOfRangeException",
      parameterName,
      `${parameterName} can be at most ${max} characters.`,
      value.length,
    );
  }
}

/**
 * Checks `internetHeaders.setAsync(headers)` the way Office.js 1.1.110 does, in its order: the argument is
 * present (Sys.ArgumentNullException "internetHeaders"), has at least one key (Sys.ArgumentException), every
 * value is a string (Sys.ArgumentTypeException), and each name and value together are at most 998 characters
 * (Sys.ArgumentOutOfRangeException naming the header itself). It checks no characters: a name with a space or
 * a value with a line break passes Office.js, and what the server makes of it is the server's business.
 */
export function validateInternetHeaders(headers: unknown): Record<string, string> {
  if (headers === undefined || headers === null) {
    throw new OfficeArgumentError("Sys.ArgumentNullException", "internetHeaders", "The headers are required.");
  }
  // Office.js reads the keys of whatever it is given, so a string passes as its characters, as there.
  const record = Object(headers) as Record<string, unknown>;
  const names = Object.keys(record);
  if (names.length === 0) {
    throw new OfficeArgumentError("Sys.ArgumentException", "internetHeaders", "Give at least one header.");
  }
  const checked: Record<string, string> = {};
  for (const name of names) {
    requireString("internetHeaders", name);
    const value = record[name];
    if (typeof value !== "string") {
      throw new OfficeArgumentError(
        "Sys.ArgumentTypeException",
        "internetHeaders",
        "A header needs a string value.",
        typeof value,
      );
    }
    if (name.length + value.length > MAX_INTERNET_HEADER_LENGTH) {
      throw new OfficeArgumentError(
        "Sys.ArgumentOutOfRangeException",
        name,
        `A header's name and value can be at most ${MAX_INTERNET_HEADER_LENGTH} characters together.`,
        name.length + value.length,
      );
    }
    checked[name] = value;
  }
  return checked;
}

/** Checks the `names` of `internetHeaders.getAsync`/`removeAsync`: an array of non-empty strings. */
export function validateHeaderNames(names: unknown): string[] {
  if (!Array.isArray(names) || names.some((name) => typeof name !== "string" || name === ""))
    throw new OfficeArgumentError("Sys.ArgumentException", "names", "Header names must be non-empty strings.");
  return names as string[];
}
