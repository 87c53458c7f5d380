import type { Policy } from "../engine/index.ts";

import { readClientInfo } from "./clientInfo.ts";
import type { ClientInfo } from "./clientInfo.ts";
import { compiledPolicy } from "./compiledPolicy.ts";
import { createMailItem } from "./mailItem.ts";
import type { MailItem } from "./mailItem.ts";
import { onOfficeThemeChanged, readOfficeTheme } from "./officeTheme.ts";
import { createPaneItemEvents } from "./paneItemEvents.ts";
import type { PaneItemEvents } from "./paneItemEvents.ts";
import type { OfficeThemeColors } from "./officeTheme.ts";
import { createSnapshotStore } from "./recipientSnapshot.ts";
import type { SnapshotStore } from "./recipientSnapshot.ts";
import { createWriteLock } from "./writeLock.ts";
import type { WriteLock } from "./writeLock.ts";

/**
 * Everything the task pane needs from Outlook, created once from an `Office` object (the real global, or the
 * simulator's fake in tests). The pane's components never see Office itself, only this.
 */
export interface PaneServices {
  item: MailItem;
  /** Why the pane was opened, and recipient changes while it is open. */
  events: PaneItemEvents;
  /** Where the undo copy of a move is kept; shared with the ribbon's "Move to Bcc" through the item's session data. */
  store: SnapshotStore;
  /** Keeps the pane's moves and undos from writing while a send check runs. */
  lock: WriteLock;
  policy: Policy;
  client: ClientInfo;
  theme: {
    /** Outlook's theme colours now, or null where the client reports none. */
    read(): OfficeThemeColors | null;
    /** Listens to theme switches (Mailbox 1.14); resolves to a function that stops listening. */
    onChanged(listener: (colors: OfficeThemeColors | null) => void): Promise<() => Promise<void>>;
  };
}

export interface PaneServicesOptions {
  /** @default the policy compiled into the bundle */
  policy?: Policy;
  /** How long one Office call may take. @default 15000 (DEFAULT_CALL_TIMEOUT_MS) */
  timeoutMs?: number;
}

export function createPaneServices(office: typeof Office, options: PaneServicesOptions = {}): PaneServices {
  const item = createMailItem(office, options.timeoutMs);
  const client = readClientInfo(office);
  return {
    item,
    events: createPaneItemEvents(office, options.timeoutMs),
    store: createSnapshotStore(item, { sessionDataLimit: client.sessionDataLimit }),
    lock: createWriteLock(item, "move"),
    policy: options.policy ?? compiledPolicy(),
    client,
    theme: {
      read: () => readOfficeTheme(office),
      onChanged: (listener) => onOfficeThemeChanged(office, listener),
    },
  };
}
