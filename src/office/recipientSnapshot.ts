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

/** For the ribbon command, which never undoes: session data only, and no decoding (the event bundle is small). */
export function createSnapshotWriter(item: MailItem): SnapshotWriter {
  const { begin, finish } = undoCopy(item, false);
  return { begin, finish };
}

/**
 * The memory copy wins over session data in the task pane: session data is capped at 50,000 characters before
 * Mailbox 1.16, so a long list may only be kept in memory.
 */
export function createSnapshotStore(item: MailItem): SnapshotStore {
  const copy = undoCopy(item, true);
  return {
    begin: copy.begin,
    finish: copy.finish,
    async load() {
      const text = await copy.read();
      return text ? decodeSnapshot(text) : null;
    },
    async clear() {
      copy.forget();
      try {
        await item.removeSessionData(UNDO_SESSION_KEY);
      } catch {
        // Nothing to undo any more either way; a stale copy is ignored once fields no longer match it.
      }
    },
  };
}

// The encoded copy starts with its state, so that a writer tells an unfinished copy without decoding it.
const UNFINISHED = '{"v":1,"done":false';
const FINISHED = '{"v":1,"done":true';

function undoCopy(item: MailItem, remember: boolean) {
  let memory: { text: string; persisted: boolean } | null = null;
  let current: string | null = null;
  const write = async (text: string): Promise<boolean> => {
    let persisted = false;
    try {
      await item.setSessionData(UNDO_SESSION_KEY, text);
      persisted = true;
    } catch {
      // Kept in memory only (the pane); a writer without memory reports it as not persisted.
    }
    if (remember) memory = { text, persisted };
    return persisted;
  };
  const read = async (): Promise<string | null> => {
    if (memory) return memory.text;
    try {
      return (await item.getSessionData(UNDO_SESSION_KEY)) || null;
    } catch {
      return null;
    }
  };
  return {
    read,
    async begin(snapshot: RecipientSnapshot) {
      const earlier = await read();
      if (earlier?.startsWith(UNFINISHED)) {
        current = earlier;
        return { persisted: memory ? memory.persisted : true };
      }
      current = encodeSnapshot({ ...snapshot, finished: false });
      return { persisted: await write(current) };
    },
    async finish() {
      if (!current?.startsWith(UNFINISHED)) return;
      current = FINISHED + current.slice(UNFINISHED.length);
      await write(current);
    },
    forget() {
      memory = null;
      current = null;
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
    done: snapshot.finished !== false,
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
