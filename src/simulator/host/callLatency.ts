import type { HostMethod } from "./hostMethod.ts";

/** How long the host waits before answering a call: one default, and optionally a slower or faster method. */
export class CallLatency {
  #defaultMs = 0;
  readonly #methodMs = new Map<HostMethod, number>();

  /** Sets the wait of every call or, with `method`, of that method only. Throws a RangeError for a negative or non-finite `ms`. */
  set(ms: number, method?: HostMethod): void {
    if (!(Number.isFinite(ms) && ms >= 0))
      throw new RangeError(`Latency must be a non-negative number of ms; got ${ms}.`);
    if (method) this.#methodMs.set(method, ms);
    else this.#defaultMs = ms;
  }

  /** Milliseconds before a call of `method` is answered: its own latency if it has one, else the default. */
  for(method: HostMethod): number {
    return this.#methodMs.get(method) ?? this.#defaultMs;
  }

  /** Removes every per-method latency, keeping the default one. */
  clearMethods(): void {
    this.#methodMs.clear();
  }

  /** Back to answering at once. */
  reset(): void {
    this.#defaultMs = 0;
    this.#methodMs.clear();
  }
}
