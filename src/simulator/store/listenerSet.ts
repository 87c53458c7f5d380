/**
 * The listeners of one kind of event. `emit` calls every listener even when one throws, and lets the
 * first error surface on its own in a microtask, as an event handler's error would in a browser, so a
 * broken listener never breaks the operation that raised the event.
 */
export class ListenerSet<E> {
  readonly #listeners = new Set<(event: E) => void>();

  /** Returns the function that removes this listener again. */
  add(listener: (event: E) => void): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  get size(): number {
    return this.#listeners.size;
  }

  /** Calls the listeners present when it starts, in the order they were added. */
  emit(event: E): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener(event);
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}
