import { OfficeArgumentError } from "./clientValidation.ts";
import { AsyncResultStatus } from "./officeEnums.ts";
import type { HostError, HostResult } from "./outlookErrors.ts";

/** What an Office.js callback receives (`Office.AsyncResult`). */
export interface FakeAsyncResult<T> {
  readonly status: "succeeded" | "failed";
  /** Undefined when the call failed. */
  readonly value: T | undefined;
  /** Present only when the call failed. */
  readonly error?: HostError;
  /** Whatever the caller passed as `options.asyncContext`. */
  readonly asyncContext: unknown;
}

export type FakeAsyncCallback<T> = (result: FakeAsyncResult<T>) => void;

export interface AsyncCallArgs<T> {
  readonly asyncContext: unknown;
  readonly callback: FakeAsyncCallback<T> | undefined;
}

/**
 * Reads the optional `[options], [callback]` tail every Office.js async method takes. Throws like
 * Office.js when an argument has the wrong type or a required callback is missing.
 */
export function readAsyncArgs<T>(args: readonly unknown[], callbackRequired: boolean): AsyncCallArgs<T> {
  let asyncContext: unknown;
  let callback: FakeAsyncCallback<T> | undefined;
  let index = 0;
  const first = args[0];
  if (typeof first === "object" && first !== null) {
    asyncContext = (first as { asyncContext?: unknown }).asyncContext;
    index = 1;
  } else if (first === undefined || first === null) {
    // An explicit `undefined` options argument, as in `setAsync(list, undefined, cb)`.
    index = args.length > 1 ? 1 : 0;
  }
  const rest = args.slice(index);
  const candidate = rest[0];
  if (typeof candidate === "function") {
    callback = candidate as FakeAsyncCallback<T>;
  } else if (candidate !== undefined && candidate !== null) {
    throw new OfficeArgumentError(
      "Sys.ArgumentTypeException",
      "callback",
      "The callback must be a function.",
      typeof candidate,
    );
  }
  if (rest.length > 1) {
    throw new OfficeArgumentError("Sys.ArgumentException", "arguments", "Too many arguments.", args.length);
  }
  if (callbackRequired && !callback) {
    throw new OfficeArgumentError("Sys.ArgumentNullException", "callback", "This method needs a callback.");
  }
  return { asyncContext, callback };
}

/** Hands the host's answer to the callback as an AsyncResult, once it arrives (never, if it hangs). */
export function deliver<T>(answer: Promise<HostResult<T>>, { asyncContext, callback }: AsyncCallArgs<T>): void {
  void answer.then((result) => {
    callback?.(toAsyncResult(result, asyncContext));
  });
}

export function toAsyncResult<T>(result: HostResult<T>, asyncContext: unknown): FakeAsyncResult<T> {
  return result.ok
    ? { status: AsyncResultStatus.Succeeded, value: result.value, asyncContext }
    : { status: AsyncResultStatus.Failed, value: undefined, error: result.error, asyncContext };
}
