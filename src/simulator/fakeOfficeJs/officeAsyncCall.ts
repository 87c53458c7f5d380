import type { HostError, HostResult } from "../host/outlookErrors.ts";
import { OfficeArgumentError } from "./clientValidation.ts";
import { AsyncResultStatus } from "./officeEnums.ts";

/** What an Office.js callback receives (`Office.AsyncResult`). */
export interface FakeAsyncResult<T> {
  readonly status: "succeeded" | "failed";
  /** Undefined when the call failed. */
  readonly value: T | undefined;
  /** Present only when the call failed. */
  readonly error?: HostError;
  /** The caller's `options.asyncContext`, when truthy (Office.js drops 0, "" and false). */
  readonly asyncContext: unknown;
}

export type FakeAsyncCallback<T> = (result: FakeAsyncResult<T>) => void;

export interface AsyncCallArgs<T> {
  readonly asyncContext: unknown;
  readonly callback: FakeAsyncCallback<T> | undefined;
}

/**
 * Reads the optional `[options], [callback]` tail every Office.js async method takes, with Office.js's
 * rules: one argument is a callback or an options object; two are an object (null will do) then a
 * function; more is a Sys.ParameterCountException. So `setAsync(list, undefined, cb)` throws. Only a
 * truthy `options.asyncContext` comes back in the AsyncResult.
 */
export function readAsyncArgs<T>(args: readonly unknown[], callbackRequired: boolean): AsyncCallArgs<T> {
  let options: unknown;
  let callback: FakeAsyncCallback<T> | undefined;
  const [first, second] = args;
  if (args.length === 1) {
    if (typeof first === "function") callback = first as FakeAsyncCallback<T>;
    else if (typeof first === "object") options = first;
    else
      throw new OfficeArgumentError(
        "Sys.ArgumentTypeException",
        "",
        "Object cannot be converted to the required type.",
      );
  } else if (args.length === 2) {
    if (typeof first !== "object") {
      throw new OfficeArgumentError("Sys.ArgumentException", "options", "The options must be an object.");
    }
    if (typeof second !== "function") {
      throw new OfficeArgumentError("Sys.ArgumentException", "callback", "The callback must be a function.");
    }
    options = first;
    callback = second as FakeAsyncCallback<T>;
  } else if (args.length > 2) {
    throw new OfficeArgumentError("Sys.ParameterCountException", "", "Parameters don't match the expected ones.");
  }
  if (callbackRequired && !callback) {
    throw new OfficeArgumentError("Sys.ArgumentNullException", "callback", "This method needs a callback.");
  }
  const asyncContext: unknown = (options as { asyncContext?: unknown } | null | undefined)?.asyncContext || undefined;
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
