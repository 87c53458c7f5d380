import type { EventCompletedOptions } from "../host/actionRegistry.ts";

import { COMPLETION_STATUS } from "./dispids.ts";

/**
 * One `appCommandInvocationCompletedAsync` call (dispid 94), as Office.js sends it when a handler calls
 * `event.completed(options)`, or on its own when it found no handler to run.
 */
export type Completion =
  | {
      readonly kind: "completed";
      readonly appCommandId: string;
      /**
       * What the handler passed to `completed`, after JSON (Office.js sends the whole event as JSON text):
       * undefined for `completed()`, and properties set to undefined or to functions are gone.
       */
      readonly options: EventCompletedOptions | undefined;
      /** The event object as the handler left it, without `completedContext`. */
      readonly event: Readonly<Record<string, unknown>>;
    }
  | { readonly kind: "no-handler" | "failed"; readonly appCommandId: string; readonly status: number };

/**
 * Reads a completion from the call's parameters `{ "0": appCommandId, "1": status, "2": eventJson }`.
 * Office.js checks nothing in `options` (1.1.110 forwards them as they are), so every rule about them
 * (`allowEvent`, `errorMessage` limits, `sendModeOverride`, `commandId`…) is the host's to apply: the
 * simulator's Smart Alert model does that with the options returned here. Undefined for anything else.
 */
export function readCompletion(params: unknown): Completion | undefined {
  if (typeof params !== "object" || params === null) return undefined;
  const fields = params as Record<string, unknown>;
  const appCommandId = fields["0"];
  const status = fields["1"];
  if (typeof appCommandId !== "string" || typeof status !== "number") return undefined;

  if (status === COMPLETION_STATUS.invalidCallback) return { kind: "no-handler", appCommandId, status };
  if (status !== COMPLETION_STATUS.completed) return { kind: "failed", appCommandId, status };

  const event = parseObject(fields["2"]);
  if (!event) return { kind: "failed", appCommandId, status: COMPLETION_STATUS.internalError };
  const { completedContext, ...rest } = event;
  // Whatever the handler passed, as the fake hands it on: the host judges it, not this reader.
  const options = completedContext as EventCompletedOptions | undefined;
  return { kind: "completed", appCommandId, options, event: rest };
}

function parseObject(text: unknown): Record<string, unknown> | undefined {
  if (typeof text !== "string") return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
