import { MessageBar, MessageBarBody } from "@fluentui/react-components";

import { useStrings } from "../StringsContext.ts";

/**
 * Says that the organisation's policy is in monitor mode: the pane works as always, but nothing stops or warns
 * at Send, so a "would be blocked" status must not read as a promise that Send will stop the message.
 */
export function MonitorModeNote() {
  const strings = useStrings();
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{strings.monitorMode}</MessageBarBody>
    </MessageBar>
  );
}
