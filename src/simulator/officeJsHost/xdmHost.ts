import {
  startDispatch,
  type ActionDispatcher,
  type DispatchOptions,
  type DispatchResult,
} from "../host/actionRegistry.ts";
import { OutlookErrorCode } from "../host/outlookErrors.ts";
import type { OfficeTheme } from "../host/hostEnvironment.ts";
import type { OutlookHost } from "../host/outlookHost.ts";

import { createAppContext } from "./appContext.ts";
import { createChannelInfo, type ChannelInfo } from "./channelInfo.ts";
import { readCompletion } from "./completedOptions.ts";
import { APP_COMMAND_COMPLETED_DISPID, EVENT_DISPID, OUTLOOK_DISPID } from "./dispids.ts";
import { executeOutlookMethod } from "./executeOutlookMethod.ts";
import { createInitialData } from "./initialData.ts";
import { answer, eventMessage, parseXdmRequest, XDM_ACTION, type XdmRequest } from "./xdmEnvelope.ts";

export interface XdmHostOptions {
  /** The Outlook the frame talks to. */
  readonly host: OutlookHost;
  /** The add-in frame's origin, e.g. "https://localhost:3000"; requests naming another origin are ignored. */
  readonly addinOrigin: string;
  /** The host page's origin, e.g. "https://localhost:4000": https, and the add-in's host name, or Office.js distrusts it. */
  readonly hostOrigin: string;
  /**
   * Delivers one JSON message to the frame. In a browser: `frame.contentWindow.postMessage(json, addinOrigin)`
   * from the page at `hostOrigin`; elsewhere it must arrive as a `message` event whose `origin` is `hostOrigin`.
   */
  readonly postToAddin: (json: string) => void;
  /** The add-in instance id the frame's channel info carries. */
  readonly appId: string;
  /** @default `conversation-${appId}` */
  readonly conversationId?: string;
  /** @default "BCC Guard" */
  readonly addinName?: string;
  /**
   * Called when the frame's Office.js hands the keyboard focus back to Outlook: Tab past the frame's last
   * control ("next"), Shift+Tab before its first ("previous"), Esc, F2 or Ctrl+F6 ("leave"). Outlook on the web
   * then moves focus to its own next, previous or the frame's surrounding control; Office.js has already
   * cancelled the browser's own move.
   */
  readonly onFocusHandBack?: (direction: FocusHandBack) => void;
}

/** Where Outlook puts the focus when an add-in frame gives it back (see `XdmHostOptions.onFocusHandBack`). */
export type FocusHandBack = "next" | "previous" | "leave";

/**
 * Office.js's `OSF.AgaveHostAction` values in `ContextActivationManager_notifyHost` that give the focus back,
 * and where it goes: TabExit, ExitNoFocusable, CtrlF6Exit forward; their Shift forms back; EscExit and F2Exit out.
 */
const FOCUS_HAND_BACK: Readonly<Record<number, FocusHandBack>> = {
  5: "next",
  6: "previous",
  13: "next",
  14: "previous",
  15: "leave",
  16: "leave",
  17: "next",
  18: "previous",
};

/**
 * Outlook on the web's side of one add-in frame's Office.js channel. Give the frame `channel.windowName` as its
 * `name` before it loads, pass every message the frame posts to `receive`, and it answers as Outlook does,
 * delegating each call to `host`.
 */
export interface XdmHost {
  /** Host and channel information for the frame (`windowName` is what Outlook on the web sets). */
  readonly channel: ChannelInfo;
  /**
   * Handles one message from the frame (a message event's `data`, once the caller checked the event came from
   * the frame at `addinOrigin`). Returns false, doing nothing, for anything that is not a request of this
   * frame's conversation.
   */
  receive(json: unknown): boolean;
  /**
   * Fires `appCommandInvoked` for the function associated under `name` (a launch event or a function command)
   * and settles like `OutlookHost.dispatch`: at the first `event.completed()`, with "no-handler" when Office.js
   * finds no such function, or with "timeout". A handler that throws is not seen by the host (Office.js runs it
   * in a timer), so it ends as "timeout" here, as in Outlook. A dispatch made before the frame's Office.js
   * registered for the event waits for it.
   */
  readonly dispatch: (
    name: string,
    eventProps?: Readonly<Record<string, unknown>>,
    options?: DispatchOptions,
  ) => Promise<DispatchResult>;
  /** `dispatch` in the form `OutlookHost.useDispatcher` takes, so the host's `dispatch` runs in this frame. */
  readonly dispatcher: ActionDispatcher;
  /** The events the frame's Office.js registered for, by name ("appCommandInvoked", "olkRecipientsChanged"…). */
  readonly registeredEvents: readonly string[];
  /**
   * Stops listening to the host and sends the frame nothing more; dispatches still waiting end as "timeout",
   * as Outlook gives up on a runtime that went away.
   */
  close(): void;
}

interface PendingDispatch {
  readonly record: { completedCalls: number; result: DispatchResult | undefined };
  readonly settle: (result: DispatchResult) => void;
}

/** Answers a frame's Office.js as Outlook on the web does. */
export function createXdmHost(options: XdmHostOptions): XdmHost {
  const { host, appId, addinOrigin } = options;
  const conversationId = options.conversationId ?? `conversation-${appId}`;
  const channel = createChannelInfo({
    conversationId,
    appId,
    hostOrigin: options.hostOrigin,
    locale: host.displayLanguage,
  });

  let closed = false;
  let eventSequence = 0;
  let commandSequence = 0;
  const subscriptions = new Map<string, () => void>();
  const pending = new Map<string, PendingDispatch>();
  /** Dispatches made before the frame registered for appCommandInvoked. */
  let waitingForHandlerRegistration: (() => void)[] = [];

  const post = (json: string): void => {
    if (!closed) options.postToAddin(json);
  };
  const fire = (eventName: string, data: unknown): void => {
    eventSequence += 1;
    post(eventMessage(eventName, conversationId, eventSequence, data));
  };

  const registrations: Record<string, () => Promise<number>> = {
    appCommandInvoked: async () => {
      // Dispatches waiting for this registration go out once it has been answered (see receive).
      subscriptions.set("appCommandInvoked", () => undefined);
      return 0;
    },
    olkRecipientsChanged: async () => {
      const result = await host.addHandler("olkRecipientsChanged");
      if (!result.ok) return result.error.code;
      subscriptions.set(
        "olkRecipientsChanged",
        host.onRecipientsChanged(({ changedRecipientFields }) =>
          fire("olkRecipientsChanged", [JSON.stringify(changedRecipientFields)]),
        ),
      );
      return 0;
    },
    officeThemeChanged: async () => {
      let theme = host.officeTheme;
      // Office.js 1.1.110 leaves Office.context.officeTheme empty on the web (it drops the app context's theme),
      // so a pane hears Outlook's theme only through this event: it is sent once right after the registration
      // is answered, as if the theme had just been chosen, and again on every change.
      setTimeout(() => {
        if (theme && subscriptions.has("officeThemeChanged"))
          fire("officeThemeChanged", [JSON.stringify(themeAsNumbers(theme))]);
      }, 0);
      subscriptions.set(
        "officeThemeChanged",
        host.subscribe(() => {
          if (host.officeTheme === theme) return;
          theme = host.officeTheme;
          if (theme) fire("officeThemeChanged", [JSON.stringify(themeAsNumbers(theme))]);
        }),
      );
      return 0;
    },
  };

  const register = async (request: XdmRequest): Promise<unknown> => {
    const name = request._actionName;
    const registration = Object.hasOwn(registrations, name) ? registrations[name] : undefined;
    if (!registration || !isKnownEvent(name, request._data)) return { Error: OPERATION_NOT_SUPPORTED };
    subscriptions.get(name)?.();
    subscriptions.delete(name);
    const error = await registration();
    return error === 0 ? {} : { Error: error };
  };

  const unregister = async (request: XdmRequest): Promise<unknown> => {
    const name = request._actionName;
    const unsubscribe = subscriptions.get(name);
    if (!unsubscribe) return {};
    subscriptions.delete(name);
    unsubscribe();
    if (name === "olkRecipientsChanged") {
      const result = await host.removeHandler(name);
      if (!result.ok) return { Error: result.error.code };
    }
    return {};
  };

  const invoke = async (request: XdmRequest): Promise<unknown> => {
    const data = request._data as Record<string, unknown> | null | undefined;
    switch (request._actionName) {
      case "ContextActivationManager_getAppContextAsync":
        return createAppContext(host, {
          appId,
          ...(options.addinName === undefined ? {} : { addinName: options.addinName }),
        });
      case "GetInitialData":
        return createInitialData(host);
      case "ExecuteMethod": {
        const methodData = data?.MethodData as { DispatchId?: unknown } | undefined;
        const dispid = typeof methodData?.DispatchId === "number" ? methodData.DispatchId : -1;
        if (dispid === OUTLOOK_DISPID.getInitialData) return createInitialData(host);
        return executeOutlookMethod(host, dispid, data?.ApiParams);
      }
      case "executeMethod": {
        const ddaMethod = data?.DdaMethod as { DispatchId?: unknown } | undefined;
        if (ddaMethod?.DispatchId !== APP_COMMAND_COMPLETED_DISPID)
          return { Version: 1, Error: OPERATION_NOT_SUPPORTED };
        completed(data);
        return { Version: 1, Error: 0 };
      }
      case "ContextActivationManager_notifyHost": {
        // [appId, action, …]: the frame's URL, focus and keyboard news. It needs no answer (no callback).
        const action = Array.isArray(data) ? (data as unknown[])[1] : undefined;
        const direction = typeof action === "number" ? FOCUS_HAND_BACK[action] : undefined;
        if (direction) options.onFocusHandBack?.(direction);
        return null;
      }
      default:
        return null;
    }
  };

  const completed = (params: unknown): void => {
    const completion = readCompletion(params);
    const dispatch = completion && pending.get(completion.appCommandId);
    if (!completion || !dispatch) return;
    if (completion.kind === "completed") {
      dispatch.record.completedCalls += 1;
      dispatch.settle({ completed: true, options: completion.options });
    } else if (completion.kind === "no-handler") {
      dispatch.settle({ completed: false, reason: "no-handler" });
    } else {
      dispatch.settle({
        completed: false,
        reason: "threw",
        error: new Error(`Office.js could not run the handler (status ${completion.status}).`),
      });
    }
  };

  const dispatcher: ActionDispatcher = (name, eventProps, dispatchOptions, onStart) => {
    commandSequence += 1;
    const appCommandId = `${conversationId}-command-${commandSequence}`;
    const { record, settle, result } = startDispatch(name, eventProps, dispatchOptions, onStart);
    pending.set(appCommandId, { record, settle });
    const send = () => fire("appCommandInvoked", [appCommandId, name, JSON.stringify(eventProps)]);
    if (subscriptions.has("appCommandInvoked")) send();
    else waitingForHandlerRegistration.push(send);
    return result;
  };

  const receive = (json: unknown): boolean => {
    const request = parseXdmRequest(json);
    if (closed || !request || request._conversationId !== conversationId) return false;
    if (request._origin !== undefined && request._origin !== addinOrigin) return false;
    const handle =
      request._actionType === XDM_ACTION.invoke
        ? invoke
        : request._actionType === XDM_ACTION.registerEvent
          ? register
          : unregister;
    void handle(request).then((data) => {
      post(answer(request, data));
      if (subscriptions.has("appCommandInvoked")) {
        const waiting = waitingForHandlerRegistration;
        waitingForHandlerRegistration = [];
        waiting.forEach((send) => send());
      }
    });
    return true;
  };

  return {
    channel,
    receive,
    dispatch: (name, eventProps = {}, dispatchOptions) =>
      dispatcher(name, eventProps, dispatchOptions, () => undefined),
    dispatcher,
    get registeredEvents() {
      return [...subscriptions.keys()];
    },
    close() {
      closed = true;
      for (const unsubscribe of subscriptions.values()) unsubscribe();
      subscriptions.clear();
      for (const { settle } of pending.values()) settle({ completed: false, reason: "timeout" });
      pending.clear();
      waitingForHandlerRegistration = [];
    },
  };
}

/** The host has no such call or event. */
const OPERATION_NOT_SUPPORTED = OutlookErrorCode.OperationNotSupported;

/** A registration must name the event under the dispid Office.js uses for it. */
function isKnownEvent(name: string, data: unknown): boolean {
  if (!Object.hasOwn(EVENT_DISPID, name)) return false;
  const dispid = (EVENT_DISPID as Readonly<Record<string, number>>)[name];
  return (data as { eventDispId?: unknown } | null)?.eventDispId === dispid;
}

/** Office.js reads theme colours from the host as numbers (0xRRGGBB) and turns them back into "#rrggbb". */
function themeAsNumbers(theme: OfficeTheme): Record<string, number> {
  const colours: Record<string, number> = {};
  for (const [key, value] of Object.entries(theme)) {
    if (typeof value === "string" && /^#[0-9a-f]{6}$/i.test(value)) colours[key] = Number.parseInt(value.slice(1), 16);
  }
  return colours;
}
