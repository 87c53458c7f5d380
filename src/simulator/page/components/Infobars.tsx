import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";

import type { NotificationEntry } from "../../host/index.ts";
import type { SimulatedOutlook } from "../../outlook/simulatedOutlook.ts";

const INTENT = {
  informationalMessage: "info",
  insightMessage: "info",
  progressIndicator: "info",
  errorMessage: "error",
} as const;

/** The add-in's notification messages above the message, each with its action and a close button. */
export function Infobars({
  outlook,
  notifications,
}: {
  outlook: SimulatedOutlook;
  notifications: readonly NotificationEntry[];
}) {
  if (notifications.length === 0) return null;
  return (
    <div className="infobars">
      {notifications.map((entry) => (
        <MessageBar key={entry.key} intent={INTENT[entry.type]} layout="multiline" data-infobar-key={entry.key}>
          <MessageBarBody>{entry.message}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                size="small"
                aria-label="Dismiss"
                onClick={() => outlook.host.userDismissNotification(entry.key)}
              >
                ✕
              </Button>
            }
          >
            {entry.actions?.map((action) => (
              <Button key={action.actionText} size="small" onClick={() => void outlook.runInfobarAction(entry.key)}>
                {action.actionText}
              </Button>
            ))}
          </MessageBarActions>
        </MessageBar>
      ))}
    </div>
  );
}
