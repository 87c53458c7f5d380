import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useId } from "react";

import type { PaneOpenContext } from "../../office/paneOpenContext.ts";
import type { PaneStrings } from "../../engine/texts/paneCatalog.ts";
import { useStrings } from "../StringsContext.ts";

export interface OpenReasonProps {
  context: PaneOpenContext;
}

/** Why the pane opened, when the Smart Alert or the infobar opened it. */
export function OpenReason({ context }: OpenReasonProps) {
  const strings = useStrings();
  const bodyId = useId();
  // Named by its only sentence: Fluent would point the name at a title this box does not have.
  return (
    <MessageBar intent="info" layout="multiline" aria-labelledby={bodyId}>
      <MessageBarBody id={bodyId}>{reasonText(context, strings)}</MessageBarBody>
    </MessageBar>
  );
}

function reasonText(context: PaneOpenContext, strings: PaneStrings): string {
  if (context.source === "send-error") return strings.opened.sendError;
  if (context.source === "infobar") return strings.opened.infobar;
  return context.action === "block" ? strings.opened.sendBlock : strings.opened.sendWarn;
}
