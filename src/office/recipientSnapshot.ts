import type { Recipient, RecipientField } from "../engine/index.ts";

import type { MailItem } from "./mailItem.ts";

/** The three fields as they were before a move: what Undo restores. */
export interface RecipientSnapshot {
  to: Recipient[];
  cc: Recipient[];
  bcc: Recipient[];
  /** People the move itself put in a visible field (the sender in To), whom Undo takes out again. @default [] */
  added?: Recipient[];
  /** False while the move that took it has not finished (it failed part-way, or is under way). @default true */
  finished?: boolean;
}

/** Where the snapshot is kept in `item.sessionData`, so that the task pane can undo a move made by the ribbon command. */
export const UNDO_SESSION_KEY = "bccGuard.undo";

/**
 * Keeps the undo copy for a move. `begin` stores the fields as they were, marked unfinished; `finish` marks them
 * as those of a finished move. A copy an earlier attempt left unfinished (it failed part-way) is kept by `begin`
 * instead of the new one: it is the state before BCC Guard touched anything, where Undo must go back to, and a
 * retry may come from another runtime (the ribbon command after the pane, or the reverse).
 */
export interface SnapshotWriter {
  begin(snapshot: RecipientSnapshot): Promise<{ persisted: boolean }>;
  finish(): Promise<void>;
}

/** What Undo reads back: the writer's copy in this runtime's memory, else the one in the item's session data. */
export interface SnapshotStore extends SnapshotWriter {
  load(): Promise<RecipientSnapshot | null>;
  clear(): Promise<void>;
}

/** For the ribbon command, which never undoes: session data only. */
export function createSnapshotWriter(item: MailItem): SnapshotWriter {
  return createSnapshotStore(item, false);
}

/**
 * The memory copy wins over session data when `remember` is on (the task pane): session data is capped at
 * 50,000 characters before Mailbox 1.16, so a long list may only be kept in memory.
 */
export function createSnapshotStore(item: MailItem, remember = true): SnapshotStore {
  let memory: { snapshot: RecipientSnapshot; persisted: boolean } | null = null;
  const write = async (snapshot: RecipientSnapshot): Promise<boolean> => {
    if (remember) memory = { snapshot, persisted: memory?.persisted ?? false };
    try {
      await item.setSessionData(UNDO_SESSION_KEY, encodeSnapshot(snapshot));
      if (memory) memory.persisted = true;
      return true;
    } catch {
      if (memory) memory.persisted = false;
      return false;
    }
  };
  const read = async (): Promise<{ snapshot: RecipientSnapshot; persisted: boolean } | null> => {
    if (memory) return memory;
    try {
      const stored = await item.getSessionData(UNDO_SESSION_KEY);
      const snapshot = stored ? decodeSnapshot(stored) : null;
      return snapshot ? { snapshot, persisted: true } : null;
    } catch {
      return null;
    }
  };
  let current: RecipientSnapshot | null = null;
  return {
    async begin(snapshot) {
      const earlier = await read();
      if (earlier && earlier.snapshot.finished === false) {
        current = earlier.snapshot;
        return { persisted: earlier.persisted };
      }
      current = { ...snapshot, finished: false };
      return { persisted: await write(current) };
    },
    async finish() {
      if (!current) return;
      current = { ...current, finished: true };
      await write(current);
    },
    async load() {
      return (await read())?.snapshot ?? null;
    },
    async clear() {
      memory = null;
      current = null;
      try {
        await item.removeSessionData(UNDO_SESSION_KEY);
      } catch {
        // Nothing to undo any more either way; a stale copy is ignored once fields no longer match it.
      }
    },
  };
}

/** Compact form: `[address, name]` pairs, the name left out when it is the address. */
export function encodeSnapshot(snapshot: RecipientSnapshot): string {
  const pack = (list: Recipient[]) =>
    list.map((r) =>
      r.displayName && r.displayName !== r.emailAddress ? [r.emailAddress, r.displayName] : [r.emailAddress],
    );
  return JSON.stringify({
    v: 1,
    to: pack(snapshot.to),
    cc: pack(snapshot.cc),
    bcc: pack(snapshot.bcc),
    added: pack(snapshot.added ?? []),
    done: snapshot.finished !== false,
  });
}

export function decodeSnapshot(text: string): RecipientSnapshot | null {
  try {
    const data = JSON.parse(text) as Record<string, unknown>;
    if (data.v !== 1) return null;
    const unpack = (field: RecipientField | "added"): Recipient[] => {
      const list = field === "added" ? (data.added ?? []) : data[field];
      if (!Array.isArray(list)) throw new Error(`bad ${field}`);
      return list.map((entry: unknown) => {
        if (!Array.isArray(entry) || typeof entry[0] !== "string") throw new Error(`bad ${field} entry`);
        const emailAddress = entry[0];
        const displayName = typeof entry[1] === "string" ? entry[1] : emailAddress;
        return { emailAddress, displayName };
      });
    };
    return {
      to: unpack("to"),
      cc: unpack("cc"),
      bcc: unpack("bcc"),
      added: unpack("added"),
      finished: data.done !== false,
    };
  } catch {
    return null;
  }
}
