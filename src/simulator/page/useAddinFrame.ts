import { useLayoutEffect, useRef, useState } from "react";

import type { AddinFrameConnector, AddinFrameRole } from "../frames/addinFrameConnector.ts";

/**
 * The ref and `name` for one add-in iframe, joined to Outlook through `connector` for as long as React keeps
 * it. Joined in a layout effect, so before the frame's page can load and talk; a remount is a new frame.
 */
export function useAddinFrame(connector: AddinFrameConnector, role: AddinFrameRole) {
  const ref = useRef<HTMLIFrameElement>(null);
  const [connection] = useState(() => connector.connect(role));
  useLayoutEffect(() => {
    const frame = ref.current;
    return frame ? connection.attach(frame) : undefined;
  }, [connection]);
  return { ref, name: connection.name };
}
