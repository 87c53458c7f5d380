import type { MailItem } from "./mailItem.ts";

/** Where the lock is kept: the item's session data, the only state the add-in's runtimes share. */
export const LOCK_SESSION_KEY = "bccGuard.lock";

/** Who holds the lock: the send check reading the recipients, or a move (or undo) writing them. */
export type LockOwner = "send" | "move";

/**
 * Keeps the send check and a move from overlapping: a move does not start writing while a send check runs, and a
 * send check waits for a move that is writing. Outlook offers no atomic operation across runtimes, so this is a
 * lease in session data (`{"owner":…,"until":epoch ms}`), read then written: two runtimes starting within the same
 * few milliseconds could both take it. The send check therefore also reads the recipients again after deciding
 * (see `readSettledMessage`), and a move's own read-backs never depend on the lock. Every failure to read or write
 * the lock is ignored: the lock narrows a race, it must never stop a send or a move.
 */
export interface WriteLock {
  /**
   * Waits (polling) while the other owner holds a live lease, at most `waitMs`, then takes the lease for `holdMs`.
   * Resolves to whether the other owner still held it when the wait ended.
   */
  acquire(waitMs: number, holdMs: number): Promise<{ contended: boolean }>;
  release(): Promise<void>;
}

export interface WriteLockOptions {
  /** @default Date.now */
  now?: () => number;
  /** @default setTimeout-based sleep */
  sleep?: (ms: number) => Promise<void>;
  /** Between two looks at the lease while waiting. @default 100 */
  pollMs?: number;
}

export function createWriteLock(item: MailItem, owner: LockOwner, options: WriteLockOptions = {}): WriteLock {
  const now = options.now ?? (() => Date.now());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const pollMs = options.pollMs ?? 100;
  const readLease = async (): Promise<{ owner?: unknown; until?: unknown } | null> => {
    try {
      const text = await item.getSessionData(LOCK_SESSION_KEY);
      return text ? (JSON.parse(text) as { owner?: unknown; until?: unknown }) : null;
    } catch {
      return null;
    }
  };
  const heldByOther = async (): Promise<boolean> => {
    const lease = await readLease();
    return !!lease && lease.owner !== owner && typeof lease.until === "number" && lease.until > now();
  };
  let taken = false;
  return {
    async acquire(waitMs, holdMs) {
      const giveUpAt = now() + waitMs;
      let contended = await heldByOther();
      while (contended && now() < giveUpAt) {
        await sleep(pollMs);
        contended = await heldByOther();
      }
      try {
        await item.setSessionData(LOCK_SESSION_KEY, JSON.stringify({ owner, until: now() + holdMs }));
        taken = true;
      } catch {
        // Without the lease the other side simply does not wait for this one.
      }
      return { contended };
    },
    async release() {
      if (!taken) return;
      taken = false;
      // Only our own lease: the other side may have taken over after waiting long enough.
      if ((await readLease())?.owner !== owner) return;
      await item.removeSessionData(LOCK_SESSION_KEY).catch(() => undefined);
    },
  };
}
