import type { Recipient, RecipientField } from "./message.ts";
import type { UndoCopy } from "./undoPlan.ts";

/**
 * The undo copy as the item's session data keeps it: the three fields as they were before a move (see `UndoCopy`),
 * and whether that move has finished. `withNames` is false when the copy had to leave display names out to fit.
 */
export interface StoredUndoCopy extends UndoCopy {
  to: Recipient[];
  cc: Recipient[];
  bcc: Recipient[];
  added?: Recipient[];
  /** False while the move that took it has not finished (it failed part-way, or is under way). @default true */
  finished?: boolean;
}

/** What session data holds up to Mailbox 1.15, in characters. */
export const DEFAULT_SESSION_DATA_LIMIT = 50_000;

/**
 * Session data holds at most 50,000 characters per add-in and item up to Mailbox 1.15 (2,621,440 from 1.16), counted
 * over the whole object as JSON. The undo copy leaves this much room for the other keys (the write lock).
 */
const OTHER_KEYS_ROOM = 500;

/** The characters the undo copy may take of a session data holding `sessionDataLimit`. */
export function undoCopyBudget(sessionDataLimit: number): number {
  return sessionDataLimit - OTHER_KEYS_ROOM;
}

/**
 * Whether an undo copy of these fields fits the client's session data, so that Undo can be promised before the
 * move (the task pane's preview, the ribbon command's result).
 */
export function undoCopyFits(copy: StoredUndoCopy, sessionDataLimit = DEFAULT_SESSION_DATA_LIMIT): boolean {
  return encodeUndoCopy(copy, undoCopyBudget(sessionDataLimit)) !== null;
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
export function encodeUndoCopy(snapshot: StoredUndoCopy, budget = Infinity): string | null {
  const withNames = encodeWith(snapshot, true);
  if (withNames.length <= budget) return withNames;
  const addressesOnly = encodeWith(snapshot, false);
  return addressesOnly.length <= budget ? addressesOnly : null;
}

function encodeWith(snapshot: StoredUndoCopy, names: boolean): string {
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

export function decodeUndoCopy(text: string): StoredUndoCopy | null {
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
