import { ListenerSet } from "./listenerSet.ts";

/** Anything React's `useSyncExternalStore(store.subscribe, store.getSnapshot)` can render. */
export interface ExternalStore<T> {
  subscribe(listener: () => void): () => void;
  getSnapshot(): T;
}

/**
 * The subscribe/getSnapshot pair of a class that owns its state: `read` builds the snapshot, which is
 * kept (the same object, as React requires) until `notify()` says the state changed. `subscribe` and
 * `getSnapshot` are bound, so they can be handed around on their own.
 *
 * @example
 * readonly #store = createExternalStore(() => Object.freeze({ count: this.#count }));
 * readonly subscribe = this.#store.subscribe;
 * readonly getSnapshot = this.#store.getSnapshot;
 * increment() { this.#count += 1; this.#store.notify(); }
 */
export interface OwnedStore<T> extends ExternalStore<T> {
  readonly subscribe: (listener: () => void) => () => void;
  readonly getSnapshot: () => T;
  /** Drops the kept snapshot, then calls every subscriber synchronously (see `ListenerSet.emit`). */
  notify(): void;
}

export function createExternalStore<T>(read: () => T): OwnedStore<T> {
  const listeners = new ListenerSet<void>();
  let snapshot: { readonly value: T } | undefined;
  return {
    subscribe: (listener) => listeners.add(listener),
    getSnapshot: () => (snapshot ??= { value: read() }).value,
    notify: () => {
      snapshot = undefined;
      listeners.emit();
    },
  };
}
