import { useCallback, useEffect, useRef, useState } from "react";

import type { PaneItemEvents } from "../../office/paneItemEvents.ts";
import { parsePaneOpenContext } from "../../office/paneOpenContext.ts";
import type { PaneOpenContext } from "../../office/paneOpenContext.ts";

import { useOfficeSubscription } from "./useOfficeSubscription.ts";

/**
 * Why the pane was opened: read once at start, then again each time the Smart Alert or the infobar opens the
 * pane while it is already showing (InitializationContextChanged, Mailbox 1.15). `onReopen` runs on such a
 * second open, so the pane can recount: the user has just pressed Send.
 */
export function useOpenContext(events: PaneItemEvents, onReopen: () => void): PaneOpenContext | null {
  const [context, setContext] = useState<PaneOpenContext | null>(null);
  const reopened = useRef(false);

  useEffect(() => {
    let live = true;
    events
      .getInitializationContext()
      .then((text) => {
        // A second open that arrived first is newer than this first answer.
        if (live && !reopened.current) setContext(parsePaneOpenContext(text));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [events]);

  const subscribe = useCallback(
    (listener: (text: string | null) => void) => events.onInitializationContextChanged(listener),
    [events],
  );
  useOfficeSubscription("initializationContextChanged", subscribe, (text: string | null) => {
    reopened.current = true;
    setContext(parsePaneOpenContext(text));
    onReopen();
  });

  return context;
}
