import type { Recipient, RecipientField, UndoCopy } from "../engine/index.ts";

import type { MailItem } from "./mailItem.ts";

/**
 * The three fields as they were before a move: what Undo restores (see `UndoCopy`). `withNames` is false when the
 * copy had to leave display names out to fit session data.
 */
export interface RecipientSnapshot extends UndoCopy {
  to: Recipient[];
  cc: Recipient[];
  bcc: Recipient[];
  added?: Recipient[];
  /** False while the move that took it has not finished (it failed part-way, or is under way). @default true */
  finished?: boolean;
}

/** Where the snapshot is kept in `item.sessionData`, so that the task pane can undo a move made by the ribbon command. */
export const UNDO_SESSION_KEY = "bccGuard.undo";

/**
 * Session data holds at most 50,000 characters per add-in and item up to Mailbox 1.15 (2,621,440 from 1.16), counted
 * over the whole object as JSON. The undo copy leaves this much room for the other keys (the write lock).
 */
const OTHER_KEYS_ROOM = 500;

/**
 * Keeps the undo copy for a move, in the item's session data: the one state every runtime of the add-in shares
 * (the ribbon command, the Smart Alert's button and the task pane each run in their own).
 * `begin` stores the fields as they were, marked unfinished; `finish` marks them as those of a finished move.
 * A copy an earlier attempt left unfinished (it failed part-way) is kept by `begin` instead of the new one: it is
 * the state before BCC Guard touched anything, where Undo must go back to, and whom a retry brings back first.
 */
export interface SnapshotWriter {
  /** The copy in force (this runtime's memory first, then session data), or null when there is none or it is unreadable. */
  load(): Promise<RecipientSnapshot | null>;
  /** `persisted`: the copy is in session data, so any runtime can undo; `kept`: this runtime can undo (memory or session data). */
  begin(snapshot: RecipientSnapshot): Promise<{ persisted: boolean; kept: boolean }>;
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
  const budget = (options.sessionDataLimit ?? DEFAULT_SESSION_DATA_LIMIT) - OTHER_KEYS_ROOM;
  const remember = options.remember ?? true;
  /** This runtime's copy while session data could not take it (only where `remember`). */
  let memoryOnly: RecipientSnapshot | null = null;
  /** The copy of the move under way in this runtime, and whether session data holds it. */
  let current: { snapshot: RecipientSnapshot; persisted: boolean } | null = null;

  const write = async (snapshot: RecipientSnapshot): Promise<boolean> => {
    const text = encodeSnapshot(snapshot, budget);
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
  const load = async (): Promise<RecipientSnapshot | null> => {
    let text: string | null;
    try {
      text = await item.getSessionData(UNDO_SESSION_KEY);
    } catch {
      return memoryOnly ?? (current?.persisted ? current.snapshot : null);
    }
    return text ? decodeSnapshot(text) : memoryOnly;
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

/** Up to Mailbox 1.15. */
export const DEFAULT_SESSION_DATA_LIMIT = 50_000;

/**
 * Whether an undo copy of these fields fits the client's session data, so that Undo can be promised before the
 * move (the task pane's preview, the ribbon command's result).
 */
export function undoCopyFits(snapshot: RecipientSnapshot, sessionDataLimit: number = DEFAULT_SESSION_DATA_LIMIT) {
  return encodeSnapshot(snapshot, sessionDataLimit - OTHER_KEYS_ROOM) !== null;
}

/*
 * The compact form (v2), as JSON: `{"v":2,"done":…,"n":…,"d":[domains],"to":[…],"cc":[…],"bcc":[…],"add":[…]}`.
 * Each entry is `"local@i"` (the address, its domain given by index into `d`, shared by everyone at that domain),
 * or `"!raw"` for an entry without a usable address; or `[entry, name]` where the name is kept. Names are kept
 * only when they differ from the address, and only while the whole copy fits; otherwise the copy keeps addresses
 * alone ("n":0) and Undo takes the names from the fields (see `withNames`). Entries without an address (contact
 * groups) always keep their name, as it is all there is to them.
 * Three fields of 500 people with 100-character names take about 27,000 characters this way (bench: undo copy).
 */
export function encodeSnapshot(snapshot: RecipientSnapshot, budget = Infinity): string | null {
  const withNames = encodeWith(snapshot, true);
  if (withNames.length <= budget) return withNames;
  const addressesOnly = encodeWith(snapshot, false);
  return addressesOnly.length <= budget ? addressesOnly : null;
}

function encodeWith(snapshot: RecipientSnapshot, names: boolean): string {
  const domains: string[] = [];
  const domainIndex = new Map<string, number>();
  const pack = (list: readonly Recipient[]) =>
    list.map((r) => {
      const address = r.emailAddress ?? "";
      const at = address.lastIndexOf("@");
      let entry: string;
      if (at <= 0 || at === address.length - 1) entry = `!${address}`;
      else {
        const domain = address.slice(at + 1);
        let index = domainIndex.get(domain);
        if (index === undefined) {
          index = domains.length;
          domains.push(domain);
          domainIndex.set(domain, index);
        }
        entry = `${address.slice(0, at)}@${index}`;
      }
      const keepName = r.displayName && r.displayName !== address && (names || entry.startsWith("!"));
      return keepName ? [entry, r.displayName] : entry;
    });
  const fields = {
    to: pack(snapshot.to),
    cc: pack(snapshot.cc),
    bcc: pack(snapshot.bcc),
    add: pack(snapshot.added ?? []),
  };
  // "done" comes first so that the text tells an unfinished copy at a glance.
  return JSON.stringify({ v: 2, done: snapshot.finished !== false, n: names ? 1 : 0, d: domains, ...fields });
}

export function decodeSnapshot(text: string): RecipientSnapshot | null {
  try {
    const data = JSON.parse(text) as Record<string, unknown>;
    if (data.v !== 2 || !Array.isArray(data.d)) return null;
    const domains = data.d as unknown[];
    const unpackEntry = (entry: unknown): string => {
      if (typeof entry !== "string") throw new Error("bad entry");
      if (entry.startsWith("!")) return entry.slice(1);
      const at = entry.lastIndexOf("@");
      const domain = domains[Number(entry.slice(at + 1))];
      if (at <= 0 || typeof domain !== "string") throw new Error("bad domain");
      return `${entry.slice(0, at)}@${domain}`;
    };
    const unpack = (key: RecipientField | "add"): Recipient[] => {
      const list = data[key] ?? [];
      if (!Array.isArray(list)) throw new Error(`bad ${key}`);
      return list.map((item: unknown) => {
        const [entry, name] = Array.isArray(item) ? item : [item, undefined];
        const emailAddress = unpackEntry(entry);
        return { emailAddress, displayName: typeof name === "string" ? name : emailAddress };
      });
    };
    return {
      to: unpack("to"),
      cc: unpack("cc"),
      bcc: unpack("bcc"),
      added: unpack("add"),
      finished: data.done !== false,
      withNames: data.n !== 0,
    };
  } catch {
    return null;
  }
}
