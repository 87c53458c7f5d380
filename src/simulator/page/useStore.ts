import { useSyncExternalStore } from "react";

import type { ExternalStore } from "../store/externalStore.ts";

/** Renders a store of the simulator (the OutlookHost, the SimulatedOutlook) and re-renders when it changes. */
export function useStore<T>(store: ExternalStore<T>): T {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
