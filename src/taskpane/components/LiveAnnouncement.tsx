import { useEffect, useRef, useState } from "react";

import { useLiveAnnouncementStyles } from "./LiveAnnouncement.styles.ts";

/** Long enough for a burst of recipient changes (one per keystroke or paste) to settle into one announcement. */
const SETTLE_MS = 700;
/** While a message keeps changing (progress), it is still said at least this often. */
const MAX_WAIT_MS = 2_500;

export interface LiveAnnouncementProps {
  /** What to say; `null` says nothing. Said once it has stayed the same for a moment, never twice in a row. */
  message: string | null;
}

/**
 * A polite live region (no role: the pane's one "status" is the move's outcome) for changes a screen-reader user should hear without moving focus: the status switching
 * between safe, warning and blocked, and the progress of a long move. The region is always in the page (a
 * region added together with its text is not announced by every screen reader); its text changes once per
 * settled message, so typing recipients does not read the status out per keystroke.
 */
export function LiveAnnouncement({ message }: LiveAnnouncementProps) {
  const styles = useLiveAnnouncementStyles();
  const [spoken, setSpoken] = useState("");
  const waitingSince = useRef<number | null>(null);

  useEffect(() => {
    if (message === null || message === spoken) {
      waitingSince.current = null;
      return;
    }
    const now = Date.now();
    waitingSince.current ??= now;
    const delay = Math.max(0, Math.min(SETTLE_MS, waitingSince.current + MAX_WAIT_MS - now));
    const timer = setTimeout(() => {
      waitingSince.current = null;
      setSpoken(message);
    }, delay);
    return () => clearTimeout(timer);
  }, [message, spoken]);

  return (
    <div aria-live="polite" aria-atomic="true" className={styles.hidden}>
      {spoken}
    </div>
  );
}
