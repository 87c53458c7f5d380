/**
 * What an event handler passes to `event.completed()`. Outlook's client library forwards it to the
 * host unchecked, so the host (the simulator) interprets it; unknown fields are kept.
 */
export interface EventCompletedOptions {
  readonly allowEvent?: boolean;
  readonly errorMessage?: string;
  readonly errorMessageMarkdown?: string;
  readonly cancelLabel?: string;
  readonly commandId?: string;
  readonly contextData?: unknown;
  readonly sendModeOverride?: string;
  readonly [option: string]: unknown;
}

/** The event object a launch-event handler or function command receives. */
export type DispatchedEvent = Readonly<Record<string, unknown>> & {
  completed(options?: EventCompletedOptions): void;
};

/** A function registered with `Office.actions.associate`. */
export type ActionHandler = (event: DispatchedEvent) => unknown;

/**
 * How a dispatch ended. `completed: true` comes from the first `event.completed()` call; a handler
 * that throws (or whose promise rejects) before completing ends as "threw"; one that never completes
 * ends as "timeout", as Outlook gives up on it.
 */
export type DispatchResult =
  | { readonly completed: true; readonly options: EventCompletedOptions | undefined }
  | { readonly completed: false; readonly reason: "no-handler" | "timeout" }
  | { readonly completed: false; readonly reason: "threw"; readonly error: unknown };

/** A live record of one dispatch; `completedCalls` keeps counting after the result is settled. */
export interface DispatchRecord {
  readonly name: string;
  readonly event: DispatchedEvent;
  /** How many times the handler called `event.completed()`; Outlook expects exactly 1. */
  readonly completedCalls: number;
  /** Undefined while the handler is still running. */
  readonly result: DispatchResult | undefined;
}

export interface DispatchOptions {
  /**
   * How long to wait for `event.completed()` before ending with "timeout".
   * @default 300000 (Outlook's five minutes)
   */
  readonly timeoutMs?: number;
}

export const DEFAULT_DISPATCH_TIMEOUT_MS = 300_000;

/**
 * Runs the handler associated under `name` somewhere and settles as `dispatchAction` does, handing the live
 * record to `onStart` first. `OutlookHost.useDispatcher` takes one to run handlers in another runtime, such
 * as an add-in frame running Microsoft's Office.js.
 */
export type ActionDispatcher = (
  name: string,
  eventProps: Readonly<Record<string, unknown>>,
  options: DispatchOptions | undefined,
  onStart: (record: DispatchRecord) => void,
) => Promise<DispatchResult>;

/**
 * The host's table of `Office.actions.associate` registrations. Names match without regard to case,
 * as Office.js upper-cases them.
 */
export class ActionRegistry {
  readonly #handlers = new Map<string, { readonly name: string; readonly handler: ActionHandler }>();

  associate(name: string, handler: ActionHandler): void {
    this.#handlers.set(name.toUpperCase(), { name, handler });
  }

  get(name: string): ActionHandler | undefined {
    return this.#handlers.get(name.toUpperCase())?.handler;
  }

  /** Registered names as the add-in spelled them. */
  get names(): readonly string[] {
    return [...this.#handlers.values()].map((entry) => entry.name);
  }

  clear(): void {
    this.#handlers.clear();
  }
}

/**
 * Runs the handler associated with `name` the way Outlook does (in a later task) and settles at the
 * first `completed()` call, a throw, the timeout, or at once when nothing is associated.
 * `onStart` receives the live record before the handler runs.
 */
export function dispatchAction(
  registry: ActionRegistry,
  name: string,
  eventProps: Readonly<Record<string, unknown>>,
  options: DispatchOptions = {},
  onStart?: (record: DispatchRecord) => void,
): Promise<DispatchResult> {
  const { record, settle, result } = startDispatch(name, eventProps, options, onStart);
  const handler = registry.get(name);
  if (!handler) {
    settle({ completed: false, reason: "no-handler" });
    return result;
  }
  setTimeout(() => {
    try {
      const returned = handler(record.event);
      if (isThenable(returned)) {
        returned.then(undefined, (error: unknown) => settle({ completed: false, reason: "threw", error }));
      }
    } catch (error) {
      settle({ completed: false, reason: "threw", error });
    }
  }, 0);
  return result;
}

/** A dispatch under way: what the host records, and `settle`, which ends it once. */
export interface StartedDispatch {
  readonly record: DispatchRecord;
  /** Ends the dispatch with its first result (a completion, a throw, no handler); later calls are ignored. */
  readonly settle: (result: DispatchResult) => void;
  readonly result: Promise<DispatchResult>;
}

/**
 * Starts a dispatch whichever transport runs the handler (our fake's registry, or Microsoft's Office.js over
 * postMessage): the event's `completed()` counts each call and settles on the first, and a timeout settles it
 * if the handler never completes.
 */
export function startDispatch(
  name: string,
  eventProps: Readonly<Record<string, unknown>>,
  options: DispatchOptions = {},
  onStart?: (record: DispatchRecord) => void,
): StartedDispatch {
  const timeoutMs = options.timeoutMs ?? DEFAULT_DISPATCH_TIMEOUT_MS;
  let resolve: (result: DispatchResult) => void = () => undefined;
  const result = new Promise<DispatchResult>((r) => (resolve = r));
  const record: { name: string; event: DispatchedEvent; completedCalls: number; result: DispatchResult | undefined } = {
    name,
    event: {
      ...eventProps,
      completed: (completedOptions?: EventCompletedOptions) => {
        record.completedCalls += 1;
        settle({ completed: true, options: completedOptions });
      },
    },
    completedCalls: 0,
    result: undefined,
  };
  const timer = setTimeout(() => settle({ completed: false, reason: "timeout" }), timeoutMs);
  const settle = (outcome: DispatchResult): void => {
    if (record.result) return;
    record.result = outcome;
    clearTimeout(timer);
    resolve(outcome);
  };
  onStart?.(record);
  return { record, settle, result };
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === "function";
}
