import { useCallback, useEffect, useRef, useState } from "react";

import { needsMessageText } from "../../engine/index.ts";
import type { PaneServices } from "../../office/paneServices.ts";
import { readMessage } from "../../office/readMessage.ts";
import { viewMessage } from "../view/messageView.ts";
import type { MessageView } from "../view/messageView.ts";

export interface MessageViewState {
  /** The latest view read, kept while a newer read is on its way so that nothing flickers. */
  view: MessageView | null;
  /** The latest read failed; `view` is then the last good one, if any. */
  readFailed: boolean;
}

export interface MessageViewControls {
  state: MessageViewState;
  /** Reads the message again. Calls made while a read is running are folded into one more read after it. */
  refresh: () => void;
  /** Holds reads back while the pane writes recipients; `resume` reads once. */
  pause: () => void;
  resume: () => void;
}

/**
 * The message as the pane shows it, read from Outlook. One read at a time: a burst of recipient changes gives
 * at most one more read, and since reads never overlap an older answer can never replace a newer one.
 */
export function useMessageView(services: PaneServices): MessageViewControls {
  const { item, policy } = services;
  const fieldLimit = services.client.recipientFieldLimit;
  const sessionDataLimit = services.client.sessionDataLimit;
  const [state, setState] = useState<MessageViewState>({ view: null, readFailed: false });
  const running = useRef(false);
  const again = useRef(false);
  const paused = useRef(false);
  const mounted = useRef(false);

  const refresh = useCallback(() => {
    if (paused.current || running.current) {
      again.current = true;
      return;
    }
    running.current = true;
    void (async () => {
      do {
        again.current = false;
        try {
          const message = await readMessage(item, { withText: needsMessageText(policy) });
          if (mounted.current)
            setState({ view: viewMessage(message, policy, fieldLimit, sessionDataLimit), readFailed: false });
        } catch {
          if (mounted.current) setState((previous) => ({ view: previous.view, readFailed: true }));
        }
      } while (again.current && !paused.current && mounted.current);
      running.current = false;
    })();
  }, [item, policy, fieldLimit, sessionDataLimit]);

  const pause = useCallback(() => {
    paused.current = true;
  }, []);
  const resume = useCallback(() => {
    paused.current = false;
    refresh();
  }, [refresh]);

  useEffect(() => {
    mounted.current = true;
    refresh();
    return () => {
      mounted.current = false;
    };
  }, [refresh]);

  return { state, refresh, pause, resume };
}
