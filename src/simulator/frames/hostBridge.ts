import type { OutlookHost } from "../host/index.ts";

/** Where the simulator page leaves its bridge for the add-in's frames (same origin, so they can read it). */
export const HOST_BRIDGE_PROPERTY = "__bccGuardOutlookHost";

/**
 * How an add-in frame reaches the page's `OutlookHost`. Each frame gets a view of the host whose
 * event subscriptions end when the frame goes away: a closed task pane must not be called on the next
 * recipient change, and its handlers would run in a document that no longer exists.
 */
export interface HostBridge {
  /** The host as `frame` should use it; attaching the same frame again first releases its earlier view. */
  attach(frame: Window): OutlookHost;
  /** Ends every subscription made through `frame`'s view. */
  detach(frame: Window): void;
}

type Unsubscribe = () => void;

/** Puts the bridge on the simulator page's window. */
export function publishHost(page: Window, host: OutlookHost): HostBridge {
  const views = new Map<Window, Set<Unsubscribe>>();
  const bridge: HostBridge = {
    attach(frame) {
      bridge.detach(frame);
      const subscriptions = new Set<Unsubscribe>();
      views.set(frame, subscriptions);
      return frameView(host, subscriptions);
    },
    detach(frame) {
      const subscriptions = views.get(frame);
      if (!subscriptions) return;
      views.delete(frame);
      for (const unsubscribe of subscriptions) unsubscribe();
    },
  };
  Object.defineProperty(page, HOST_BRIDGE_PROPERTY, { value: bridge, configurable: true });
  return bridge;
}

/** From inside an add-in frame: the bridge of the simulator page that contains it, if any. */
export function findHostBridge(frame: Window): HostBridge | undefined {
  if (frame.parent === frame) return undefined;
  try {
    const bridge = (frame.parent as unknown as Record<string, unknown>)[HOST_BRIDGE_PROPERTY];
    return isBridge(bridge) ? bridge : undefined;
  } catch {
    // A parent on another origin: this page is not inside the simulator.
    return undefined;
  }
}

function isBridge(value: unknown): value is HostBridge {
  return typeof value === "object" && value !== null && typeof (value as HostBridge).attach === "function";
}

/**
 * The host with its three subscribe methods tracked. Everything else is the host itself, with methods bound to
 * it (its private fields need the real object as `this`).
 */
function frameView(host: OutlookHost, subscriptions: Set<Unsubscribe>): OutlookHost {
  const tracked = <L>(subscribe: (listener: L) => Unsubscribe) => {
    return (listener: L): Unsubscribe => {
      const unsubscribe = subscribe(listener);
      subscriptions.add(unsubscribe);
      return () => {
        subscriptions.delete(unsubscribe);
        unsubscribe();
      };
    };
  };
  const overrides: Partial<Record<PropertyKey, unknown>> = {
    onRecipientsChanged: tracked(host.onRecipientsChanged.bind(host)),
    onInitializationContextChanged: tracked(host.onInitializationContextChanged.bind(host)),
    subscribe: tracked(host.subscribe),
  };
  return new Proxy(host, {
    get(target, property) {
      if (Object.hasOwn(overrides, property)) return overrides[property];
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
