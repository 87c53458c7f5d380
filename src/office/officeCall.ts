/** An Office.js call that failed: either the host answered with an error, or the call threw or never answered. */
export class OfficeCallError extends Error {
  /** Outlook's error code (e.g. 9012 NumberOfRecipientsExceeded), or 0 when the call threw or timed out. */
  readonly code: number;
  readonly errorName: string;
  /** The Office method, e.g. "bcc.addAsync". */
  readonly method: string;

  constructor(method: string, code: number, errorName: string, message: string) {
    super(`${method} failed: ${message}`);
    this.name = "OfficeCallError";
    this.code = code;
    this.errorName = errorName;
    this.method = method;
  }
}

/** How long one Office call may take before it counts as failed: a hung host must never hang the add-in. */
export const DEFAULT_CALL_TIMEOUT_MS = 15_000;

/**
 * Turns one callback-style Office.js call into a promise. Office.js validates arguments synchronously and
 * throws (e.g. more than 100 recipients in one call); that throw becomes a rejection here, so no caller can
 * be surprised by an exception escaping a callback.
 */
export function officeCall<T>(
  method: string,
  invoke: (callback: (result: Office.AsyncResult<T>) => void) => void,
  timeoutMs: number = DEFAULT_CALL_TIMEOUT_MS,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      reject(new OfficeCallError(method, 0, "Timeout", `no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    const settle = (result: Office.AsyncResult<T>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // Compared as a string: Office.AsyncResultStatus.Succeeded is "succeeded" in every build, fakes included.
      if (String(result.status) === "succeeded") resolve(result.value);
      else {
        const error: Partial<Office.Error> = result.error ?? {};
        reject(new OfficeCallError(method, error.code ?? 0, error.name ?? "Error", error.message ?? "unknown error"));
      }
    };
    try {
      invoke(settle);
    } catch (thrown) {
      settled = true;
      clearTimeout(timer);
      const message = thrown instanceof Error ? thrown.message : String(thrown);
      reject(new OfficeCallError(method, 0, "ArgumentError", message));
    }
  });
}
