import type { RecipientField } from "../../engine/message.ts";
import {
  OfficeArgumentError,
  validateCoercionType,
  validateNotificationDetails,
  validateNotificationKey,
  validateRecipients,
  validateSessionDataString,
  validateSubject,
} from "./clientValidation.ts";
import { deliver, readAsyncArgs } from "./officeAsyncCall.ts";
import { EventType } from "./officeEnums.ts";
import type { OutlookHost } from "./outlookHost.ts";

/** An item event handler as an add-in registers it with `item.addHandlerAsync`. */
export type ItemEventHandler = (event: Readonly<Record<string, unknown>>) => void;

const SUPPORTED_EVENTS: readonly string[] = [EventType.RecipientsChanged, EventType.InitializationContextChanged];

/**
 * `Office.context.mailbox.item` for a message being composed, backed by `host`. Every method checks
 * its arguments the way Office.js does and throws before calling the host when they are wrong.
 */
export function createFakeMessageCompose(host: OutlookHost) {
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
      deliver(host.getRecipients(field), readAsyncArgs(args, true));
    },
    /** `setAsync(recipients, [options], [callback])`: at most 100 per call (throws above). */
    setAsync(list: unknown, ...args: unknown[]): void {
      const checked = validateRecipients(list);
      deliver(host.setRecipients(field, checked), readAsyncArgs(args, false));
    },
    /** `addAsync(recipients, [options], [callback])`: at most 100 per call (throws above). */
    addAsync(list: unknown, ...args: unknown[]): void {
      const checked = validateRecipients(list);
      deliver(host.addRecipients(field, checked), readAsyncArgs(args, false));
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
        const checked = validateSubject(subject);
        deliver(host.setSubject(checked), readAsyncArgs(args, false));
      },
    },
    body: {
      getAsync(coercionType: unknown, ...args: unknown[]): void {
        const checked = validateCoercionType(coercionType);
        deliver(host.getBody(checked), readAsyncArgs(args, true));
      },
    },
    notificationMessages: {
      addAsync(key: unknown, details: unknown, ...args: unknown[]): void {
        const checkedKey = validateNotificationKey(key);
        const checked = validateNotificationDetails(details);
        deliver(host.addNotification(checkedKey, checked), readAsyncArgs(args, false));
      },
      replaceAsync(key: unknown, details: unknown, ...args: unknown[]): void {
        const checkedKey = validateNotificationKey(key);
        const checked = validateNotificationDetails(details);
        deliver(host.replaceNotification(checkedKey, checked), readAsyncArgs(args, false));
      },
      removeAsync(key: unknown, ...args: unknown[]): void {
        const checkedKey = validateNotificationKey(key);
        deliver(host.removeNotification(checkedKey), readAsyncArgs(args, false));
      },
      getAllAsync(...args: unknown[]): void {
        deliver(host.getAllNotifications(), readAsyncArgs(args, true));
      },
    },
    sessionData: {
      getAsync(name: unknown, ...args: unknown[]): void {
        const checked = validateSessionDataString("name", name);
        deliver(host.getSessionData(checked), readAsyncArgs(args, true));
      },
      setAsync(name: unknown, value: unknown, ...args: unknown[]): void {
        const checkedName = validateSessionDataString("name", name);
        const checkedValue = validateSessionDataString("value", value);
        deliver(host.setSessionData(checkedName, checkedValue), readAsyncArgs(args, false));
      },
      removeAsync(name: unknown, ...args: unknown[]): void {
        const checked = validateSessionDataString("name", name);
        deliver(host.removeSessionData(checked), readAsyncArgs(args, false));
      },
      clearAsync(...args: unknown[]): void {
        deliver(host.clearSessionData(), readAsyncArgs(args, false));
      },
      getAllAsync(...args: unknown[]): void {
        deliver(host.getAllSessionData(), readAsyncArgs(args, true));
      },
    },
    getInitializationContextAsync(...args: unknown[]): void {
      deliver(host.getInitializationContext(), readAsyncArgs(args, true));
    },
    /**
     * `addHandlerAsync(eventType, handler, [options], [callback])`. The handler is called only once
     * the host has accepted the registration; Mailbox 1.14 has no InitializationContextChanged.
     */
    addHandlerAsync(eventType: unknown, handler: unknown, ...args: unknown[]): void {
      if (typeof eventType !== "string" || !SUPPORTED_EVENTS.includes(eventType)) {
        throw new OfficeArgumentError("Sys.ArgumentException", "eventType", "This item has no such event.");
      }
      if (typeof handler !== "function") {
        throw new OfficeArgumentError("Sys.ArgumentTypeException", "handler", "The handler must be a function.");
      }
      const call = readAsyncArgs<void>(args, false);
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
      if (typeof eventType !== "string" || !SUPPORTED_EVENTS.includes(eventType)) {
        throw new OfficeArgumentError("Sys.ArgumentException", "eventType", "This item has no such event.");
      }
      const options = args[0];
      const only =
        typeof options === "object" && options !== null ? (options as { handler?: unknown }).handler : undefined;
      const call = readAsyncArgs<void>(args, false);
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
