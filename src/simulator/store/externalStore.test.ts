import { describe, expect, it, vi } from "vitest";

import { createExternalStore } from "./externalStore.ts";

function counter() {
  let count = 0;
  const read = vi.fn(() => Object.freeze({ count }));
  const store = createExternalStore(read);
  return {
    store,
    read,
    increment() {
      count += 1;
      store.notify();
    },
  };
}

describe("createExternalStore", () => {
  it("hands out the same snapshot until notified, then a fresh one built once", () => {
    const { store, read, increment } = counter();
    const first = store.getSnapshot();
    expect(store.getSnapshot()).toBe(first);
    expect(read).toHaveBeenCalledTimes(1);

    increment();
    const second = store.getSnapshot();
    expect(second).toEqual({ count: 1 });
    expect(second).not.toBe(first);
    expect(store.getSnapshot()).toBe(second);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it("keeps a snapshot that is undefined instead of building it again", () => {
    const read = vi.fn((): undefined => undefined);
    const store = createExternalStore(read);
    store.getSnapshot();
    store.getSnapshot();
    expect(read).toHaveBeenCalledTimes(1);
  });

  it("tells each subscriber synchronously, and no longer once it unsubscribed", () => {
    const { store, increment } = counter();
    const seen: number[] = [];
    const unsubscribe = store.subscribe(() => seen.push(store.getSnapshot().count));
    increment();
    increment();
    unsubscribe();
    increment();
    expect(seen).toEqual([1, 2]);
  });

  it("works with subscribe and getSnapshot detached, as React calls them", () => {
    const { store, increment } = counter();
    const { subscribe, getSnapshot } = store;
    const listener = vi.fn();
    subscribe(listener);
    increment();
    expect(listener).toHaveBeenCalledOnce();
    expect(getSnapshot()).toEqual({ count: 1 });
  });
});
