import { DEFAULT_CALL_TIMEOUT_MS, officeCall } from "./officeCall.ts";

/**
 * What only the task pane asks of the compose item: why it was opened and when things change. Kept apart
 * from `MailItem` so that the event runtime's bundle, which never listens, does not carry it.
 */
export interface PaneItemEvents {
  /** The `contextData` the pane was opened with (Smart Alert or infobar), or null. */
  getInitializationContext(): Promise<string | null>;
  /** Listens to recipient changes; resolves to a function that stops listening. */
  onRecipientsChanged(listener: () => void): Promise<() => Promise<void>>;
  /** Listens to a second open of the pane with new context data (Mailbox 1.15); a no-op where unsupported. */
  onInitializationContextChanged(listener: (context: string | null) => void): Promise<() => Promise<void>>;
}

export function createPaneItemEvents(
  office: typeof Office,
  timeoutMs: number = DEFAULT_CALL_TIMEOUT_MS,
): PaneItemEvents {
  const item = (): Office.MessageCompose => office.context.mailbox.item as Office.MessageCompose;
  const call = <T>(method: string, invoke: (cb: (r: Office.AsyncResult<T>) => void) => void) =>
    officeCall<T>(method, invoke, timeoutMs);
  return {
    getInitializationContext: async () => {
      if (!office.context.requirements.isSetSupported("Mailbox", "1.8")) return null;
      const value = await call<string>("getInitializationContextAsync", (cb) =>
        item().getInitializationContextAsync(cb),
      );
      return value ? value : null;
    },
    onRecipientsChanged: async (listener) => {
      const eventType = office.EventType?.RecipientsChanged ?? ("olkRecipientsChanged" as unknown as Office.EventType);
      await call<void>("addHandlerAsync", (cb) => item().addHandlerAsync(eventType, listener, cb));
      return () => call<void>("removeHandlerAsync", (cb) => item().removeHandlerAsync(eventType, cb));
    },
    onInitializationContextChanged: async (listener) => {
      // The enum member is missing from older Office.js builds (the npm 1.1.110 package among them).
      const eventType =
        (office.EventType as unknown as Record<string, string> | undefined)?.InitializationContextChanged ??
        "olkInitializationContextChanged";
      if (!office.context.requirements.isSetSupported("Mailbox", "1.15")) return async () => undefined;
      // Office names the field initializationContextData (InitializationContextChangedEventArgs).
      const handler = (args: { initializationContextData?: string }) =>
        listener(args.initializationContextData ?? null);
      await call<void>("addHandlerAsync", (cb) =>
        item().addHandlerAsync(eventType as unknown as Office.EventType, handler, cb),
      );
      return () =>
        call<void>("removeHandlerAsync", (cb) =>
          item().removeHandlerAsync(eventType as unknown as Office.EventType, cb),
        );
    },
  };
}
