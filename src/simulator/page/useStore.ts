import { useSyncExternalStore } from "react";

/** Anything with the subscribe/getSnapshot pair: the OutlookHost and the SimulatedOutlook. */
export interface ExternalStore<T> {
  subscribe(listener: () => void): () => void;
  getSnapshot(): T;
}

export function useStore<T>(store: ExternalStore<T>): T {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
