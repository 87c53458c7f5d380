import type { HostMethod } from "./hostMethod.ts";

/** One call the add-in made; `at` is `Date.now()` when it was made. */
export interface HostCall {
  readonly method: HostMethod;
  readonly at: number;
}

/** The calls the add-in made, and how many are waiting for their answer (a hung call waits for ever). */
export class CallLog {
  #calls: HostCall[] = [];
  #pending = 0;
  #peakPending = 0;

  /** Logs a call that is now in flight. */
  started(method: HostMethod): void {
    this.#calls.push({ method, at: Date.now() });
    this.#pending += 1;
    this.#peakPending = Math.max(this.#peakPending, this.#pending);
  }

  /** A call was answered. */
  answered(): void {
    this.#pending -= 1;
  }

  /** Every call since the last `forget()`, oldest first. */
  get calls(): readonly HostCall[] {
    return this.#calls;
  }

  /** How many calls were made (of `method`, when given) since the last `forget()`. */
  count(method?: HostMethod): number {
    return method ? this.#calls.filter((call) => call.method === method).length : this.#calls.length;
  }

  /** Calls made and not yet answered. */
  get pending(): number {
    return this.#pending;
  }

  /** The most calls in flight at once since the last `forget()`. */
  get peakPending(): number {
    return this.#peakPending;
  }

  /** Forgets the logged calls; calls still in flight stay counted, and the peak starts from them. */
  forget(): void {
    this.#calls = [];
    this.#peakPending = this.#pending;
  }

  /** Forgets everything, calls in flight included (their answers will never come back here). */
  reset(): void {
    this.#calls = [];
    this.#pending = 0;
    this.#peakPending = 0;
  }
}
