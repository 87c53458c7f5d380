import { useEffect, useMemo, useState } from "react";

/**
 * How long the pane waits, with no progress, before saying Outlook is slow. Each Office call gives up after 15 s
 * (`DEFAULT_CALL_TIMEOUT_MS`) and the move then stops safely, so a third of that is worth saying out loud.
 */
export const SLOW_OUTLOOK_MS = 5000;

/**
 * True once `busy` has lasted `afterMs` with `step` unchanged (no answer from Outlook in that time); false again
 * as soon as the step moves on or the work ends. `step` is any value that changes with each answer.
 */
export function useSlowOutlook(busy: boolean, step: unknown, afterMs = SLOW_OUTLOOK_MS): boolean {
  // One object per (busy, step): the timer marks the very wait it timed, so a later wait starts quiet.
  const wait = useMemo(() => ({ busy, step }), [busy, step]);
  const [slowWait, setSlowWait] = useState<object | null>(null);
  useEffect(() => {
    if (!busy) return undefined;
    const timer = setTimeout(() => setSlowWait(wait), afterMs);
    return () => clearTimeout(timer);
  }, [busy, wait, afterMs]);
  return busy && slowWait === wait;
}
