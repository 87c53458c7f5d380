import { useEffect, useRef } from "react";

import type { HostBridge } from "../frames/hostBridge.ts";

/**
 * A ref for an add-in iframe that ends the frame's host subscriptions when React removes it. The window is
 * read at mount: once the element is gone, `contentWindow` is null.
 */
export function useFrameDetach(bridge: HostBridge) {
  const ref = useRef<HTMLIFrameElement>(null);
  useEffect(() => {
    const frame = ref.current?.contentWindow;
    return () => {
      if (frame) bridge.detach(frame);
    };
  }, [bridge]);
  return ref;
}
