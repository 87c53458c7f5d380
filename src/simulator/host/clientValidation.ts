import { RECIPIENTS_PER_CALL } from "./requirementSets.ts";
import type { NotificationDetails, NotificationType } from "./outlookHost.ts";

/** The exception types Office.js throws when an argument is wrong (ASP.NET AJAX names). */
export type OfficeArgumentErrorType =
  | "Sys.ArgumentException"
  | "Sys.ArgumentNullException"
  | "Sys.ArgumentOutOfRangeException"
  | "Sys.ArgumentTypeException";

/**
 * Thrown synchronously by the fake Office, before anything reaches the host, wherever Microsoft's
 * Office.js throws: the message starts with the exception type and names the parameter (and the
 * offending value for a range error), so tests can look for "Sys.ArgumentOutOfRangeException" and
 * "recipients" whichever library threw.
 */
export class OfficeArgumentError extends Error {
  readonly parameterName: string;
  readonly actualValue: unknown;

  constructor(type: OfficeArgumentErrorType, parameterName: string, detail: string, actualValue?: unknown) {
    const actual = actualValue === undefined ? "" : ` Actual value: ${String(actualValue)}.`;
    super(`${type}: ${detail} Parameter name: ${parameterName}.${actual}`);
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
 * string or an object with a non-empty `emailAddress`, names ≤ 255 and addresses ≤ 571 characters.
 * Strings become `{ emailAddress: s, displayName: s }`; other properties (such as recipientType)
 * are dropped, because Office.js sends only the address and name.
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
      if (
        typeof emailAddress === "string" &&
        emailAddress !== "" &&
        (displayName === undefined || typeof displayName === "string")
      ) {
        checkRecipientLengths(displayName, emailAddress);
        return displayName === undefined ? { emailAddress } : { emailAddress, displayName };
      }
    }
    throw new OfficeArgumentError(
      "Sys.ArgumentException",
      "recipients",
      "Each recipient must be an address or an object with an emailAddress.",
    );
  });
}

function checkRecipientLengths(displayName: string | undefined, emailAddress: string): void {
  if (displayName !== undefined && displayName.length > MAX_DISPLAY_NAME_LENGTH) {
    throw new OfficeArgumentError(
      "Sys.ArgumentOutOfRangeException",
      "recipients",
      `A display name can be at most ${MAX_DISPLAY_NAME_LENGTH} characters.`,
      displayName.length,
    );
  }
  if (emailAddress.length > MAX_ADDRESS_LENGTH) {
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
 * Checks infobar details the way Office.js does: the message ≤ 150 characters; an informational
 * message needs an icon and a boolean `persistent` and takes no actions; an insight message needs an
 * icon and exactly one "showTaskPane" action with a commandId and an actionText ≤ 30, and no
 * `persistent`; error and progress messages take no icon, persistent or actions.
 */
export function validateNotificationDetails(details: unknown): NotificationDetails {
  if (typeof details !== "object" || details === null) {
    throw new OfficeArgumentError("Sys.ArgumentNullException", "details", "Notification details are required.");
  }
  const { type, message, icon, persistent, actions } = details as Record<string, unknown>;
  const checkedType = requireString("type", type);
  if (!(NOTIFICATION_TYPES as readonly string[]).includes(checkedType)) {
    throw new OfficeArgumentError("Sys.ArgumentException", "type", `"${checkedType}" is not a notification type.`);
  }
  const notificationType = checkedType as NotificationType;

  if (notificationType === "informationalMessage" || notificationType === "insightMessage") {
    checkLength("icon", requireString("icon", icon), MAX_NOTIFICATION_ICON_LENGTH);
  } else if (icon !== undefined && icon !== null) {
    throw new OfficeArgumentError("Sys.ArgumentException", "icon", `A ${notificationType} has a fixed icon.`);
  }

  if (notificationType === "informationalMessage") {
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
  } else if (persistent !== undefined && persistent !== null) {
    throw new OfficeArgumentError("Sys.ArgumentException", "persistent", `A ${notificationType} can't set persistent.`);
  }

  if (notificationType === "insightMessage") {
    validateInsightActions(actions);
  } else if (actions !== undefined && actions !== null) {
    throw new OfficeArgumentError("Sys.ArgumentException", "actions", `A ${notificationType} can't have actions.`);
  }

  const checkedMessage = requireString("message", message);
  checkLength("message", checkedMessage, MAX_NOTIFICATION_MESSAGE_LENGTH);

  return {
    type: notificationType,
    message: checkedMessage,
    ...(typeof icon === "string" ? { icon } : {}),
    ...(typeof persistent === "boolean" ? { persistent } : {}),
    ...(notificationType === "insightMessage" ? { actions: (actions as NotificationDetails["actions"]) ?? [] } : {}),
  };
}

function validateInsightActions(actions: unknown): void {
  if (actions === undefined || actions === null) {
    throw new OfficeArgumentError("Sys.ArgumentNullException", "actions", "An insight message needs one action.");
  }
  if (!Array.isArray(actions) || actions.length !== 1) {
    throw new OfficeArgumentError("Sys.ArgumentException", "actions", "An insight message takes exactly one action.");
  }
  const action = actions[0] as Record<string, unknown> | null;
  if (typeof action !== "object" || action === null) {
    throw new OfficeArgumentError("Sys.ArgumentException", "actions", "An action must be an object.");
  }
  if (action.actionType !== "showTaskPane") {
    throw new OfficeArgumentError("Sys.ArgumentException", "actionType", 'The only action type is "showTaskPane".');
  }
  if (typeof action.commandId !== "string" || action.commandId === "") {
    throw new OfficeArgumentError("Sys.ArgumentException", "commandId", "A showTaskPane action needs a commandId.");
  }
  checkLength("actionText", requireString("actionText", action.actionText), MAX_NOTIFICATION_ACTION_TEXT_LENGTH);
}

/** sessionData names and values are strings (an empty value is allowed). */
export function validateSessionDataString(parameterName: "name" | "value", value: unknown): string {
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
