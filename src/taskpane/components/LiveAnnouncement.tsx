import { useEffect, useRef, useState } from "react";

import { useLiveAnnouncementStyles } from "./LiveAnnouncement.styles.ts";

/** Long enough for a burst of recipient changes (one per keystroke or paste) to settle into one announcement. */
const SETTLE_MS = 700;
/** Progress is said at once, then no more often than this, so that a screen reader is not kept talking. */
const STEADY_INTERVAL_MS = 2_500;

export interface LiveAnnouncementProps {
  /** What to say; `null` says nothing. The same text is never said twice in a row. */
  message: string | null;
  /**
   * `"settle"`: said once it has stayed the same for a moment (a status that may change at every keystroke).
   * `"steady"`: said at once, then the latest at most every couple of seconds (progress).
   * @default "settle"
   */
  pace?: "settle" | "steady";
}

/**
 * A polite live region (no role: the pane's one "status" is the move's outcome) for changes a screen-reader
 * user should hear without moving focus: the status switching between safe, warning and blocked, and the
 * progress of a long move. The region is always in the page (a region added together with its text is not
 * announced by every screen reader), and its text changes only as `pace` allows.
 */
export function LiveAnnouncement({ message, pace = "settle" }: LiveAnnouncementProps) {
  const styles = useLiveAnnouncementStyles();
  const [spoken, setSpoken] = useState("");
  const spokenAt = useRef(-Infinity);

  useEffect(() => {
    if (message === null || message === spoken) return;
    const delay = pace === "settle" ? SETTLE_MS : Math.max(0, spokenAt.current + STEADY_INTERVAL_MS - Date.now());
    const timer = setTimeout(() => {
      spokenAt.current = Date.now();
      setSpoken(message);
    }, delay);
    return () => clearTimeout(timer);
  }, [message, spoken, pace]);

  return (
    <div aria-live="polite" aria-atomic="true" className={styles.hidden}>
      {spoken}
    </div>
  );
}
