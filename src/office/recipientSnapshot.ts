import { DEFAULT_SESSION_DATA_LIMIT, decodeUndoCopy, encodeUndoCopy, undoCopyBudget } from "../engine/index.ts";
import type { StoredUndoCopy } from "../engine/index.ts";

import type { MailItem } from "./mailItem.ts";

/** Where the snapshot is kept in `item.sessionData`, so that the task pane can undo a move made by the ribbon command. */
export const UNDO_SESSION_KEY = "bccGuard.undo";

/**
 * Keeps the undo copy for a move, in the item's session data: the one state every runtime of the add-in shares
 * (the ribbon command, the Smart Alert's button and the task pane each run in their own).
 * `begin` stores the fields as they were, marked unfinished; `finish` marks them as those of a finished move.
 * A copy an earlier attempt left unfinished (it failed part-way) is kept by `begin` instead of the new one: it is
 * the state before BCC Guard touched anything, where Undo must go back to, and whom a retry brings back first.
 */
export interface SnapshotWriter {
  /** The copy in force (this runtime's memory first, then session data), or null when there is none or it is unreadable. */
  load(): Promise<StoredUndoCopy | null>;
  /** `persisted`: the copy is in session data, so any runtime can undo; `kept`: this runtime can undo (memory or session data). */
  begin(snapshot: StoredUndoCopy): Promise<{ persisted: boolean; kept: boolean }>;
  /** Marks the copy finished; `persisted` as for `begin`. */
  finish(): Promise<{ persisted: boolean }>;
}

/** What Undo needs besides: forgetting the copy once it has been used. */
export interface SnapshotStore extends SnapshotWriter {
  clear(): Promise<void>;
}

export interface SnapshotStoreOptions {
  /** Characters the client's session data holds (see `ClientInfo.sessionDataLimit`). @default 50_000 */
  sessionDataLimit?: number;
  /**
   * Keep the copy in this runtime's memory too (the task pane), so that Undo works while it stays open even if
   * session data refused the copy. The ribbon command's runtime ends with the command, so it has no use for it.
   * @default true
   */
  remember?: boolean;
}

export function createSnapshotStore(item: MailItem, options: SnapshotStoreOptions = {}): SnapshotStore {
  const budget = undoCopyBudget(options.sessionDataLimit ?? DEFAULT_SESSION_DATA_LIMIT);
  const remember = options.remember ?? true;
  /** This runtime's copy while session data could not take it (only where `remember`). */
  let memoryOnly: StoredUndoCopy | null = null;
  /** The copy of the move under way in this runtime, and whether session data holds it. */
  let current: { snapshot: StoredUndoCopy; persisted: boolean } | null = null;

  const write = async (snapshot: StoredUndoCopy): Promise<boolean> => {
    const text = encodeUndoCopy(snapshot, budget);
    if (text !== null) {
      // One retry: a transient failure here would otherwise take Undo away from every other runtime.
      for (let attempt = 0; attempt < 2; attempt += 1) {
        try {
          await item.setSessionData(UNDO_SESSION_KEY, text);
          return true;
        } catch {
          // Tried again once.
        }
      }
    }
    return false;
  };
  /** Session data is the shared truth: another runtime may have moved, undone or cleared since. */
  const load = async (): Promise<StoredUndoCopy | null> => {
    let text: string | null;
    try {
      text = await item.getSessionData(UNDO_SESSION_KEY);
    } catch {
      return memoryOnly ?? (current?.persisted ? current.snapshot : null);
    }
    return text ? decodeUndoCopy(text) : memoryOnly;
  };

  return {
    load,
    async begin(snapshot) {
      const earlier = await load();
      if (earlier && earlier.finished === false) {
        current = { snapshot: earlier, persisted: earlier !== memoryOnly };
        return { persisted: current.persisted, kept: true };
      }
      const next = { ...snapshot, finished: false };
      const persisted = await write(next);
      // An older copy left in session data would describe another move.
      if (!persisted) await item.removeSessionData(UNDO_SESSION_KEY).catch(() => undefined);
      current = { snapshot: next, persisted };
      memoryOnly = !persisted && remember ? next : null;
      return { persisted, kept: persisted || remember };
    },
    async finish() {
      if (!current) return { persisted: false };
      if (current.snapshot.finished !== false) return { persisted: current.persisted };
      const done = { ...current.snapshot, finished: true };
      // Should this write fail, the unfinished copy stays: still the right state for Undo to go back to.
      const persisted = current.persisted && (await write(done));
      current = { snapshot: done, persisted: current.persisted };
      if (memoryOnly) memoryOnly = done;
      return { persisted: current.persisted || persisted };
    },
    async clear() {
      memoryOnly = null;
      current = null;
      try {
        await item.removeSessionData(UNDO_SESSION_KEY);
      } catch {
        // Nothing to undo any more either way; a stale copy is ignored once fields no longer match it.
      }
    },
  };
}
