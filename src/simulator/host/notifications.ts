import { fail, succeed, type HostResult } from "./outlookErrors.ts";
import { NOTIFICATION_LIMIT } from "./requirementSets.ts";

export type NotificationType = "informationalMessage" | "progressIndicator" | "errorMessage" | "insightMessage";

export interface NotificationAction {
  readonly actionType: string;
  readonly actionText: string;
  readonly commandId: string;
  readonly contextData?: unknown;
}

/** An infobar as the add-in describes it (Office.js `NotificationMessageDetails` without the key). */
export interface NotificationDetails {
  readonly type: NotificationType;
  readonly message: string;
  readonly icon?: string;
  readonly persistent?: boolean;
  readonly actions?: readonly NotificationAction[];
}

export interface NotificationEntry extends NotificationDetails {
  readonly key: string;
}

/** The infobars on one message, in the order they were first added, with Outlook's rules on how many. */
export class Notifications {
  #entries = new Map<string, NotificationEntry>();

  has(key: string): boolean {
    return this.#entries.has(key);
  }

  /** Frozen entries, oldest first, for a snapshot. */
  list(): readonly NotificationEntry[] {
    return Object.freeze([...this.#entries.values()]);
  }

  /** Copies an add-in may edit without editing the infobars. */
  copies(): NotificationEntry[] {
    return [...this.#entries.values()].map(copyNotification);
  }

  /**
   * Shows `details` under `key`, replacing an infobar with that key. Fails with 9025, showing nothing new,
   * when `NOTIFICATION_LIMIT` infobars are already shown. With `oneAtATime` (Outlook on a phone shows one
   * notice per add-in) the new infobar replaces whatever was there.
   */
  put(key: string, details: NotificationDetails, { oneAtATime }: { readonly oneAtATime: boolean }): HostResult<void> {
    if (oneAtATime) this.#entries.clear();
    if (!this.#entries.has(key) && this.#entries.size >= NOTIFICATION_LIMIT) {
      return fail("NumberOfNotificationsExceeded");
    }
    this.#entries.set(key, Object.freeze(copyNotification({ ...details, key })));
    return succeed(undefined);
  }

  /** Whether there was an infobar with this key. */
  remove(key: string): boolean {
    return this.#entries.delete(key);
  }

  clear(): void {
    this.#entries = new Map();
  }
}

function copyNotification(entry: NotificationEntry): NotificationEntry {
  const copy: NotificationEntry = {
    key: entry.key,
    type: entry.type,
    message: entry.message,
    ...(entry.icon === undefined ? {} : { icon: entry.icon }),
    ...(entry.persistent === undefined ? {} : { persistent: entry.persistent }),
    ...(entry.actions === undefined ? {} : { actions: entry.actions.map((action) => ({ ...action })) }),
  };
  return copy;
}
