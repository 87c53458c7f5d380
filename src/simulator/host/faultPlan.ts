import type { HostMethod } from "./hostMethod.ts";
import type { OutlookErrorKind } from "./outlookErrors.ts";

/** "fail" answers with an error; "hang" never answers, like a host that dropped the request. */
export type FaultKind = "fail" | "hang";

export interface FaultSpec {
  /** The call to break, e.g. `"bcc.addAsync"`. */
  readonly method: HostMethod;
  /**
   * Break only the Nth call of `method` made after this fault was injected (1-based); the fault is
   * then used up. Without it, every call breaks until the fault is removed.
   */
  readonly call?: number;
  readonly kind: FaultKind;
  /**
   * The error a "fail" answers.
   * @default "InternalFormatError" (code 9002)
   */
  readonly error?: OutlookErrorKind;
}

/** The fault a call hits, if any. */
export interface TriggeredFault {
  readonly kind: FaultKind;
  readonly error: OutlookErrorKind;
}

interface Armed {
  readonly spec: FaultSpec;
  callsSeen: number;
}

/** The faults waiting for host calls, each counting the calls of its method since it was injected. */
export class FaultPlan {
  #armed: Armed[] = [];

  /** Adds a fault; the returned function removes it again. */
  inject(spec: FaultSpec): () => void {
    if (spec.call !== undefined && !(Number.isInteger(spec.call) && spec.call >= 1)) {
      throw new RangeError(`A fault's call number counts from 1; got ${spec.call}.`);
    }
    const armed: Armed = { spec: { ...spec }, callsSeen: 0 };
    this.#armed.push(armed);
    return () => {
      this.#armed = this.#armed.filter((entry) => entry !== armed);
    };
  }

  clear(): void {
    this.#armed = [];
  }

  /** The faults still waiting, oldest first. */
  get pending(): readonly FaultSpec[] {
    return this.#armed.map((entry) => entry.spec);
  }

  /**
   * Counts one call of `method` against every fault on it and returns the first fault it hits.
   * Every fault counts the call even when an older one already broke it, so "the 3rd call"
   * means the 3rd call the add-in made, not the 3rd one that got through.
   */
  take(method: HostMethod): TriggeredFault | undefined {
    let hit: Armed | undefined;
    for (const entry of this.#armed) {
      if (entry.spec.method !== method) continue;
      entry.callsSeen += 1;
      const fires = entry.spec.call === undefined || entry.spec.call === entry.callsSeen;
      if (fires && !hit) hit = entry;
    }
    // A numbered fault has fired or can never fire again once its call number has passed.
    this.#armed = this.#armed.filter((entry) => entry.spec.call === undefined || entry.callsSeen < entry.spec.call);
    return hit && { kind: hit.spec.kind, error: hit.spec.error ?? "InternalFormatError" };
  }
}
