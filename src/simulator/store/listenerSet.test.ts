import { afterEach, describe, expect, it, vi } from "vitest";

import { ListenerSet } from "./listenerSet.ts";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("ListenerSet", () => {
  it("calls every listener with the event, in the order they were added, until removed", () => {
    const set = new ListenerSet<string>();
    const heard: string[] = [];
    set.add((event) => heard.push(`a:${event}`));
    const removeB = set.add((event) => heard.push(`b:${event}`));

    set.emit("one");
    removeB();
    set.emit("two");

    expect(heard).toEqual(["a:one", "b:one", "a:two"]);
    expect(set.size).toBe(1);
  });

  it("still calls the others when one throws, and lets the error surface afterwards", async () => {
    const set = new ListenerSet<void>();
    const surfaced: unknown[] = [];
    vi.spyOn(globalThis, "queueMicrotask").mockImplementation((task) => {
      try {
        task();
      } catch (error) {
        surfaced.push(error);
      }
    });
    const after = vi.fn();
    set.add(() => {
      throw new Error("broken listener");
    });
    set.add(after);

    expect(() => set.emit()).not.toThrow();
    expect(after).toHaveBeenCalledOnce();
    expect(surfaced).toEqual([new Error("broken listener")]);
  });

  it("does not call a listener added while it is emitting until the next event", () => {
    const set = new ListenerSet<number>();
    const late = vi.fn();
    set.add(() => set.add(late));
    set.emit(1);
    expect(late).not.toHaveBeenCalled();
    set.emit(2);
    expect(late).toHaveBeenCalledWith(2);
  });
});
