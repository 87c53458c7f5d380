import type { RecipientField } from "../../engine/message.ts";
import type { HostResult } from "../host/outlookErrors.ts";
import { hostError } from "../host/outlookErrors.ts";
import type { HostRecipient, HostRecipientInput } from "../host/hostRecipient.ts";
import type { NotificationAction, NotificationDetails } from "../host/notifications.ts";
import type { OutlookHost } from "../host/outlookHost.ts";

import {
  HOST_COERCION,
  NOTIFICATION_TYPES,
  OUTLOOK_DISPID,
  RECIPIENT_FIELD_INDEX,
  RECIPIENT_TYPES,
} from "./dispids.ts";

/**
 * What Outlook on the web answers an `ExecuteMethod` call with. Office.js turns `errorCode` into
 * `asyncResult.error` with its own name and localised message for the code, so only the code travels.
 */
export type ExecuteReply =
  { readonly error: false; readonly data?: unknown } | { readonly error: true; readonly errorCode: number };

/** A recipient as Office.js sends it and as Outlook answers it. */
interface WireRecipient {
  readonly address?: string;
  readonly name?: string;
  readonly recipientType?: number;
}

type Params = Readonly<Record<string, unknown>>;
type Method = (host: OutlookHost, params: Params) => Promise<ExecuteReply>;

const FIELDS = Object.entries(RECIPIENT_FIELD_INDEX) as [RecipientField, number][];

/**
 * Runs one Outlook API call the way Outlook on the web does once Office.js has checked its arguments:
 * `params` is the call's `ApiParams`. Calls the host has no model for answer 5000 (not supported), and
 * parameters Office.js would never send answer 9002 (internal format error).
 */
export function executeOutlookMethod(host: OutlookHost, dispid: number, params: unknown): Promise<ExecuteReply> {
  const method = METHODS.get(dispid);
  if (!method) return Promise.resolve(failure("OperationNotSupported"));
  return method(host, isRecord(params) ? params : {});
}

const METHODS = new Map<number, Method>([
  [
    OUTLOOK_DISPID.getRecipients,
    (host, params) => withField(params, (field) => reply(host.getRecipients(field), (list) => list.map(toWire))),
  ],
  [
    OUTLOOK_DISPID.setRecipients,
    (host, params) => withField(params, (field) => reply(host.setRecipients(field, fromWireList(params)))),
  ],
  [
    OUTLOOK_DISPID.addRecipients,
    (host, params) => withField(params, (field) => reply(host.addRecipients(field, fromWireList(params)))),
  ],
  [OUTLOOK_DISPID.getFrom, (host) => reply(host.getFrom(), toWire)],
  [OUTLOOK_DISPID.getSubject, (host) => reply(host.getSubject())],
  [
    OUTLOOK_DISPID.setSubject,
    (host, params) => (typeof params.subject === "string" ? reply(host.setSubject(params.subject)) : malformed()),
  ],
  [
    OUTLOOK_DISPID.getBody,
    (host, params) => {
      if (params.coercionType === HOST_COERCION.text) return reply(host.getBody("text"));
      if (params.coercionType === HOST_COERCION.html) return reply(host.getBody("html"));
      return malformed();
    },
  ],
  [
    OUTLOOK_DISPID.addNotification,
    (host, params) => withNotification(params, (key, details) => reply(host.addNotification(key, details))),
  ],
  [
    OUTLOOK_DISPID.replaceNotification,
    (host, params) => withNotification(params, (key, details) => reply(host.replaceNotification(key, details))),
  ],
  [
    OUTLOOK_DISPID.removeNotification,
    (host, params) => (typeof params.key === "string" ? reply(host.removeNotification(params.key)) : malformed()),
  ],
  // Outlook answers infobars in their documented shape; Office.js passes them on untouched.
  [OUTLOOK_DISPID.getAllNotifications, (host) => reply(host.getAllNotifications())],
  [
    OUTLOOK_DISPID.setSessionData,
    (host, params) =>
      typeof params.name === "string" && typeof params.value === "string"
        ? reply(host.setSessionData(params.name, params.value))
        : malformed(),
  ],
  [
    OUTLOOK_DISPID.getSessionData,
    (host, params) => (typeof params.name === "string" ? reply(host.getSessionData(params.name)) : malformed()),
  ],
  [
    OUTLOOK_DISPID.removeSessionData,
    (host, params) => (typeof params.name === "string" ? reply(host.removeSessionData(params.name)) : malformed()),
  ],
  [OUTLOOK_DISPID.getAllSessionData, (host) => reply(host.getAllSessionData())],
  [OUTLOOK_DISPID.clearSessionData, (host) => reply(host.clearSessionData())],
  [OUTLOOK_DISPID.getInitializationContext, (host) => reply(host.getInitializationContext())],
  [
    OUTLOOK_DISPID.setInternetHeaders,
    (host, params) => {
      const headers = params.internetHeaderNameValuePairs;
      if (!isRecord(headers) || !Object.values(headers).every((value) => typeof value === "string")) return malformed();
      return reply(host.setInternetHeaders(headers as Record<string, string>));
    },
  ],
  // Office.js hands `{ composeType, coercionType }` to the add-in as Outlook sends it.
  [OUTLOOK_DISPID.getComposeType, (host) => reply(host.getComposeType())],
]);

async function reply<T>(answer: Promise<HostResult<T>>, toData?: (value: T) => unknown): Promise<ExecuteReply> {
  const result = await answer;
  if (!result.ok) return { error: true, errorCode: result.error.code };
  const data = toData ? toData(result.value) : result.value;
  return data === undefined ? { error: false } : { error: false, data };
}

function failure(kind: "OperationNotSupported" | "InternalFormatError"): ExecuteReply {
  return { error: true, errorCode: hostError(kind).code };
}

/** Parameters Office.js never sends: the host refuses them as a format error rather than guessing. */
function malformed(): Promise<ExecuteReply> {
  return Promise.resolve(failure("InternalFormatError"));
}

function withField(params: Params, run: (field: RecipientField) => Promise<ExecuteReply>): Promise<ExecuteReply> {
  const entry = FIELDS.find(([, index]) => index === params.recipientField);
  return entry ? run(entry[0]) : malformed();
}

function toWire(recipient: HostRecipient): WireRecipient {
  const index = (RECIPIENT_TYPES as readonly string[]).indexOf(recipient.recipientType ?? "");
  return {
    address: recipient.emailAddress,
    name: recipient.displayName,
    ...(index < 0 ? {} : { recipientType: index }),
  };
}

/** Office.js sends `{ address, name }` pairs; a name left out (`{ emailAddress }` only) arrives as undefined. */
function fromWireList(params: Params): HostRecipientInput[] {
  const list = Array.isArray(params.recipientArray) ? (params.recipientArray as unknown[]) : [];
  return list.map((entry): HostRecipientInput => {
    const { address, name } = (isRecord(entry) ? entry : {}) as WireRecipient;
    const emailAddress = typeof address === "string" ? address : "";
    return typeof name === "string" ? { emailAddress, displayName: name } : { emailAddress };
  });
}

function withNotification(
  params: Params,
  run: (key: string, details: NotificationDetails) => Promise<ExecuteReply>,
): Promise<ExecuteReply> {
  const type = typeof params.type === "number" ? NOTIFICATION_TYPES[params.type] : undefined;
  if (typeof params.key !== "string" || type === undefined || typeof params.message !== "string") {
    return malformed();
  }
  const details: NotificationDetails = {
    type,
    message: params.message,
    ...(typeof params.icon === "string" ? { icon: params.icon } : {}),
    ...(typeof params.persistent === "boolean" ? { persistent: params.persistent } : {}),
    ...(Array.isArray(params.actions) ? { actions: params.actions as NotificationAction[] } : {}),
  };
  return run(params.key, details);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
