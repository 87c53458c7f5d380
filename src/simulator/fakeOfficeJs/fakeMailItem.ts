import type { RecipientField } from "../../engine/message.ts";
import type { HostRecipient } from "../host/hostRecipient.ts";
import { fail, succeed } from "../host/outlookErrors.ts";
import type { OutlookHost } from "../host/outlookHost.ts";
import {
  OfficeArgumentError,
  validateCoercionType,
  validateHeaderNames,
  validateInternetHeaders,
  validateNotificationDetails,
  validateNotificationKey,
  validateRecipients,
  validateSessionDataString,
  validateSubject,
} from "./clientValidation.ts";
import { deliver, readAsyncArgs } from "./officeAsyncCall.ts";
import { EventType } from "./officeEnums.ts";

/** An item event handler as an add-in registers it with `item.addHandlerAsync`. */
export type ItemEventHandler = (event: Readonly<Record<string, unknown>>) => void;

const SUPPORTED_EVENTS: readonly string[] = [EventType.RecipientsChanged, EventType.InitializationContextChanged];

/** Where a client's item is narrower than Outlook on the desktop and the web. */
export interface FakeMessageComposeOptions {
  /**
   * At most this many recipients come back from one field's `getAsync`, however many it holds.
   * @default no limit
   */
  readonly recipientsPerGet?: number;
  /**
   * Whether infobars of type "insightMessage" exist; without them adding or replacing one throws.
   * @default true
   */
  readonly insightMessages?: boolean;
}

/**
 * `Office.context.mailbox.item` for a message being composed, backed by `host`. Every method checks
 * its arguments the way Office.js does and throws before calling the host when they are wrong.
 */
export function createFakeMessageCompose(host: OutlookHost, options: FakeMessageComposeOptions = {}) {
  const limit = options.recipientsPerGet;
  const checkNotificationType = (details: unknown): void => {
    if (options.insightMessages === false && (details as { type?: unknown } | null)?.type === "insightMessage")
      throw new OfficeArgumentError("Sys.ArgumentException", "type", "This Outlook has no insight messages.");
  };

  const handlers = new Map<string, Set<ItemEventHandler>>();
  const hostSubscriptions = new Map<string, () => void>();

  const fire = (eventType: string, event: Readonly<Record<string, unknown>>): void => {
    for (const handler of [...(handlers.get(eventType) ?? [])]) handler(event);
  };

  const listenToHost = (eventType: string): (() => void) =>
    eventType === EventType.RecipientsChanged
      ? host.onRecipientsChanged(({ changedRecipientFields }) =>
          fire(eventType, { type: eventType, changedRecipientFields: { ...changedRecipientFields } }),
        )
      : host.onInitializationContextChanged(({ initializationContext }) =>
          fire(eventType, { type: eventType, initializationContextData: initializationContext }),
        );

  const recipients = (field: RecipientField) => ({
    /** `getAsync([options], callback)` → `EmailAddressDetails[]`. */
    getAsync(...args: unknown[]): void {
      const call = readAsyncArgs<HostRecipient[]>(args, true);
      const answer = host.getRecipients(field);
      deliver(
        limit === undefined
          ? answer
          : answer.then((result) => (result.ok ? succeed(result.value.slice(0, limit)) : result)),
        call,
      );
    },
    /** `setAsync(recipients, [options], [callback])`: at most 100 per call (throws above). */
    setAsync(list: unknown, ...args: unknown[]): void {
      const call = readAsyncArgs<void>(args, false);
      deliver(host.setRecipients(field, validateRecipients(list)), call);
    },
    /** `addAsync(recipients, [options], [callback])`: at most 100 per call (throws above). */
    addAsync(list: unknown, ...args: unknown[]): void {
      const call = readAsyncArgs<void>(args, false);
      deliver(host.addRecipients(field, validateRecipients(list)), call);
    },
  });

  return {
    itemType: "message" as const,
    to: recipients("to"),
    cc: recipients("cc"),
    bcc: recipients("bcc"),
    from: {
      getAsync(...args: unknown[]): void {
        deliver(host.getFrom(), readAsyncArgs(args, true));
      },
    },
    subject: {
      getAsync(...args: unknown[]): void {
        deliver(host.getSubject(), readAsyncArgs(args, true));
      },
      setAsync(subject: unknown, ...args: unknown[]): void {
        const call = readAsyncArgs<void>(args, false);
        deliver(host.setSubject(validateSubject(subject)), call);
      },
    },
    body: {
      getAsync(coercionType: unknown, ...args: unknown[]): void {
        const call = readAsyncArgs<string>(args, true);
        deliver(host.getBody(validateCoercionType(coercionType)), call);
      },
    },
    notificationMessages: {
      addAsync(key: unknown, details: unknown, ...args: unknown[]): void {
        checkNotificationType(details);
        const call = readAsyncArgs<void>(args, false);
        const checkedKey = validateNotificationKey(key);
        deliver(host.addNotification(checkedKey, validateNotificationDetails(details)), call);
      },
      replaceAsync(key: unknown, details: unknown, ...args: unknown[]): void {
        checkNotificationType(details);
        const call = readAsyncArgs<void>(args, false);
        const checkedKey = validateNotificationKey(key);
        deliver(host.replaceNotification(checkedKey, validateNotificationDetails(details)), call);
      },
      removeAsync(key: unknown, ...args: unknown[]): void {
        const call = readAsyncArgs<void>(args, false);
        deliver(host.removeNotification(validateNotificationKey(key)), call);
      },
      getAllAsync(...args: unknown[]): void {
        deliver(host.getAllNotifications(), readAsyncArgs(args, true));
      },
    },
    sessionData: {
      getAsync(name: unknown, ...args: unknown[]): void {
        const call = readAsyncArgs<string>(args, true);
        deliver(host.getSessionData(validateSessionDataString("name", name)), call);
      },
      setAsync(name: unknown, value: unknown, ...args: unknown[]): void {
        const call = readAsyncArgs<void>(args, false);
        const checkedName = validateSessionDataString("name", name);
        const checkedValue = validateSessionDataString("value", value);
        deliver(host.setSessionData(checkedName, checkedValue), call);
      },
      removeAsync(name: unknown, ...args: unknown[]): void {
        const call = readAsyncArgs<void>(args, false);
        deliver(host.removeSessionData(validateSessionDataString("name", name)), call);
      },
      clearAsync(...args: unknown[]): void {
        deliver(host.clearSessionData(), readAsyncArgs(args, false));
      },
      getAllAsync(...args: unknown[]): void {
        deliver(host.getAllSessionData(), readAsyncArgs(args, true));
      },
    },
    internetHeaders: {
      /** `getAsync(names, [options], callback)` → the headers asked for that are set. */
      getAsync(names: unknown, ...args: unknown[]): void {
        const call = readAsyncArgs<Record<string, string>>(args, true);
        deliver(host.getInternetHeaders(validateHeaderNames(names)), call);
      },
      /** `setAsync(headers, [options], [callback])`: see `validateInternetHeaders` for what throws. */
      setAsync(headers: unknown, ...args: unknown[]): void {
        const call = readAsyncArgs<void>(args, false);
        deliver(host.setInternetHeaders(validateInternetHeaders(headers)), call);
      },
      removeAsync(names: unknown, ...args: unknown[]): void {
        const call = readAsyncArgs<void>(args, false);
        deliver(host.removeInternetHeaders(validateHeaderNames(names)), call);
      },
    },
    /** `getComposeTypeAsync([options], callback)` → `{ composeType, coercionType }`. */
    getComposeTypeAsync(...args: unknown[]): void {
      deliver(host.getComposeType(), readAsyncArgs(args, true));
    },
    getInitializationContextAsync(...args: unknown[]): void {
      deliver(host.getInitializationContext(), readAsyncArgs(args, true));
    },
    /**
     * `addHandlerAsync(eventType, handler, [options], [callback])`. The handler is called only once
     * the host has accepted the registration; Mailbox 1.14 has no InitializationContextChanged. An event
     * type the item does not have fails with 5007 (Unsupported Enumeration) without reaching the host.
     */
    addHandlerAsync(eventType: unknown, handler: unknown, ...args: unknown[]): void {
      if (typeof eventType !== "string") {
        throw new OfficeArgumentError("Sys.ArgumentException", "eventType", "The event type must be a string.");
      }
      if (typeof handler !== "function") {
        throw new OfficeArgumentError("Sys.ArgumentTypeException", "handler", "The handler must be a function.");
      }
      const call = readAsyncArgs<void>(args, false);
      if (!SUPPORTED_EVENTS.includes(eventType)) {
        deliver(Promise.resolve(fail<void>("UnsupportedEnumeration")), call);
        return;
      }
      deliver(
        host.addHandler(eventType).then((result) => {
          if (result.ok) {
            const set = handlers.get(eventType) ?? new Set<ItemEventHandler>();
            set.add(handler as ItemEventHandler);
            handlers.set(eventType, set);
            if (!hostSubscriptions.has(eventType)) hostSubscriptions.set(eventType, listenToHost(eventType));
          }
          return result;
        }),
        call,
      );
    },
    /**
     * `removeHandlerAsync(eventType, [options], [callback])` removes every handler of the event, or
     * only `options.handler` when given.
     */
    removeHandlerAsync(eventType: unknown, ...args: unknown[]): void {
      if (typeof eventType !== "string") {
        throw new OfficeArgumentError("Sys.ArgumentException", "eventType", "The event type must be a string.");
      }
      const options = args[0];
      const only =
        typeof options === "object" && options !== null ? (options as { handler?: unknown }).handler : undefined;
      const call = readAsyncArgs<void>(args, false);
      if (!SUPPORTED_EVENTS.includes(eventType)) {
        deliver(Promise.resolve(fail<void>("UnsupportedEnumeration")), call);
        return;
      }
      deliver(
        host.removeHandler(eventType).then((result) => {
          const set = handlers.get(eventType);
          if (result.ok && set) {
            if (typeof only === "function") set.delete(only as ItemEventHandler);
            else set.clear();
            if (set.size === 0) {
              hostSubscriptions.get(eventType)?.();
              hostSubscriptions.delete(eventType);
              handlers.delete(eventType);
            }
          }
          return result;
        }),
        call,
      );
    },
  };
}

export type FakeMessageCompose = ReturnType<typeof createFakeMessageCompose>;
