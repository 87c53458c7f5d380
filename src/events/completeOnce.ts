import type { CompletableEvent } from "../office/actions.ts";

/**
 * Guards Outlook's rule that `event.completed` is called exactly once. The returned `finish` completes on its
 * first call and ignores the rest; if nothing has finished by `deadlineMs`, `onDeadline` decides instead, so a
 * hung Office call still ends well inside Outlook's patience (a dialog appears after 5 s).
 */
export function completeOnce(
  event: CompletableEvent,
  deadlineMs: number,
  onDeadline: () => Record<string, unknown> | undefined,
): (options?: Record<string, unknown>) => void {
  let done = false;
  const finish = (options?: Record<string, unknown>) => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    try {
      if (options === undefined) event.completed();
      else event.completed(options);
    } catch {
      // Outlook is the only consumer of this call; there is nobody left to tell.
    }
  };
  const timer = setTimeout(() => {
    let options: Record<string, unknown> | undefined;
    try {
      options = onDeadline();
    } catch {
      options = undefined;
    }
    finish(options);
  }, deadlineMs);
  return finish;
}
