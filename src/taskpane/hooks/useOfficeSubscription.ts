import { useEffect, useRef } from "react";

type Unsubscribe = () => Promise<void>;

// One chain per event: Office removes every handler of an event type at once, so a removal still on its way
// from an unmounted pane must finish before the next pane adds its handler, or it would take the new one too.
const chains = new Map<string, Promise<unknown>>();

/**
 * Listens to an Office event while the component is mounted: one subscription, removed on unmount. The latest
 * `listener` is always the one called, so re-renders never add handlers; calls after unmount are dropped.
 * A failed subscription is ignored: the pane still works, it just does not update by itself.
 * @param event a name for the event, used to order subscriptions to it
 * @param subscribe must be stable (memoised), or the subscription is renewed on every render
 */
export function useOfficeSubscription<Args extends unknown[]>(
  event: string,
  subscribe: (listener: (...args: Args) => void) => Promise<Unsubscribe>,
  listener: (...args: Args) => void,
): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });

  useEffect(() => {
    let active = true;
    const previous = chains.get(event) ?? Promise.resolve();
    const subscribed: Promise<Unsubscribe | null> = previous.then(() =>
      subscribe((...args) => {
        if (active) latest.current(...args);
      }).catch(() => null),
    );
    chains.set(event, subscribed);
    return () => {
      active = false;
      const removed = subscribed.then((unsubscribe) => unsubscribe?.()).catch(() => undefined);
      chains.set(event, removed);
    };
  }, [event, subscribe]);
}
