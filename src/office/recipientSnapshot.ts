import type { Recipient, RecipientField } from "../engine/index.ts";

import type { MailItem } from "./mailItem.ts";

/** The three fields as they were before a move: what Undo restores. */
export interface RecipientSnapshot {
  to: Recipient[];
  cc: Recipient[];
  bcc: Recipient[];
  /** People the move itself put in a visible field (the sender in To), whom Undo takes out again. @default [] */
  added?: Recipient[];
}

/** Where the snapshot is kept in `item.sessionData`, so that the task pane can undo a move made by the ribbon command. */
export const UNDO_SESSION_KEY = "bccGuard.undo";

/** Writes the undo copy to the item's session data: all that the ribbon command, which never undoes, needs. */
export interface SnapshotWriter {
  save(snapshot: RecipientSnapshot): Promise<{ persisted: boolean }>;
}

/**
 * Keeps the last snapshot in memory (this runtime) and in the item's session data (every runtime of this
 * compose window). The memory copy wins: session data is capped at 50,000 characters before Mailbox 1.16.
 */
export interface SnapshotStore extends SnapshotWriter {
  load(): Promise<RecipientSnapshot | null>;
  clear(): Promise<void>;
}

export function createSnapshotWriter(item: MailItem): SnapshotWriter {
  return {
    async save(snapshot) {
      try {
        await item.setSessionData(UNDO_SESSION_KEY, encodeSnapshot(snapshot));
        return { persisted: true };
      } catch {
        return { persisted: false };
      }
    },
  };
}

export function createSnapshotStore(item: MailItem): SnapshotStore {
  const writer = createSnapshotWriter(item);
  let memory: RecipientSnapshot | null = null;
  return {
    save(snapshot) {
      memory = snapshot;
      return writer.save(snapshot);
    },
    async load() {
      if (memory) return memory;
      try {
        const stored = await item.getSessionData(UNDO_SESSION_KEY);
        return stored ? decodeSnapshot(stored) : null;
      } catch {
        return null;
      }
    },
    async clear() {
      memory = null;
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
    return { to: unpack("to"), cc: unpack("cc"), bcc: unpack("bcc"), added: unpack("added") };
  } catch {
    return null;
  }
}
