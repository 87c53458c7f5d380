import { fail, succeed, type HostResult } from "./outlookErrors.ts";

/** The add-in's `item.sessionData`: string values by name, limited in size as Outlook limits it. */
export class SessionData {
  #values = new Map<string, string>();

  get(name: string): string | undefined {
    return this.#values.get(name);
  }

  /**
   * Stores `value` under `name`. Fails with 9051, storing nothing, when the whole object written out as JSON
   * (the size Outlook counts) would pass `limitChars`.
   */
  set(name: string, value: string, limitChars: number): HostResult<void> {
    const next = new Map(this.#values).set(name, value);
    if (JSON.stringify(Object.fromEntries(next)).length > limitChars) {
      return fail("SessionObjectMaxLengthExceeded", `Session data is limited to ${limitChars} characters.`);
    }
    this.#values = next;
    return succeed(undefined);
  }

  /** Whether something was stored under `name`. */
  remove(name: string): boolean {
    return this.#values.delete(name);
  }

  clear(): void {
    this.#values = new Map();
  }

  toRecord(): Record<string, string> {
    return Object.fromEntries(this.#values);
  }
}
