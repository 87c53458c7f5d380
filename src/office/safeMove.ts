import {
  everyone,
  fieldOfEach,
  findMoveRefusal,
  identityOf,
  normalizeAddress,
  planUndo,
  planMoveInDetail,
  uniqueByIdentity,
} from "../engine/index.ts";
import type { MoveResult, MoveStep, Policy, Recipient, RecipientField, UndoResult } from "../engine/index.ts";

import { writeCallCount } from "./mailItem.ts";
import type { MailItem } from "./mailItem.ts";
import { readRecipientFields } from "./recipientFields.ts";
import type { RecipientFields } from "./recipientFields.ts";
import type { SnapshotStore, SnapshotWriter } from "./recipientSnapshot.ts";
import type { WriteLock } from "./writeLock.ts";

/** Progress of the writes, for long lists: `done` of `total` Office calls. */
export type MoveProgress = (progress: { done: number; total: number }) => void;

export interface MoveOptions {
  /** Per-field cap of the client (see `recipientFieldLimit`). */
  fieldLimit: number;
  onProgress?: MoveProgress;
  /** Keeps the move from writing while a send check runs (see `createWriteLock`). @default none */
  lock?: WriteLock;
}

/** A send check lasts at most 3 s (SEND_DEADLINE_MS); a move waits a little longer than that for it to end. */
const SEND_CHECK_WAIT_MS = 4000;
/** How long a move's lease holds should it never be released (its runtime gone): longer than any move takes. */
const MOVE_LEASE_MS = 60_000;

/** Runs `work` holding the move's lease, if there is a lock: after any send check under way, never during one. */
async function underLock<T>(lock: WriteLock | undefined, work: () => Promise<T>): Promise<T> {
  if (!lock) return work();
  await lock.acquire(SEND_CHECK_WAIT_MS, MOVE_LEASE_MS);
  try {
    return await work();
  } finally {
    await lock.release();
  }
}

/**
 * Rounds of "read the three fields back, add whoever is in none of them". Each round survives one more failing
 * or hanging call; five cover the three faults DESIGN §5 asks for with two rounds to spare.
 */
const PUT_BACK_ROUNDS = 5;

/**
 * Moves people to Bcc without ever leaving anyone in no field (DESIGN §3):
 * read afresh; on a retry, first bring back anyone an earlier attempt left in no field (from the undo copy);
 * plan with the engine, refuse what the client cannot hold, keep an undo copy, add to Bcc first, read Bcc back
 * and check, and only then rewrite To and Cc. On any failure it stops and puts back, with additions only (never a
 * field rewrite, which could drop someone else), whoever a read-back finds in no field; its result claims only
 * what a read-back confirmed.
 */
export function moveToBcc(
  item: MailItem,
  policy: Policy,
  store: SnapshotWriter,
  options: MoveOptions,
): Promise<MoveResult> {
  return underLock(options.lock, () => applyMove(item, policy, store, options));
}

async function applyMove(
  item: MailItem,
  policy: Policy,
  store: SnapshotWriter,
  options: MoveOptions,
): Promise<MoveResult> {
  let original: RecipientFields;
  let sender: Recipient | null;
  try {
    original = await readRecipientFields(item);
    sender = await item.getSender();
  } catch (error) {
    return { kind: "failed", step: "read", error: describe(error), lost: 0, undoKept: false };
  }

  // A retry: an unfinished copy is what the message was before BCC Guard first touched it.
  let restored = 0;
  const earlier = await store.load().catch(() => null);
  if (earlier && earlier.finished === false) {
    const present = new Set(everyone(original).map(identityOf));
    const missing = everyone(earlier).filter((r) => !present.has(identityOf(r)));
    if (missing.length > 0) {
      const home = fieldOfEach(earlier);
      const settled = await putBack(item, uniqueByIdentity(missing), (r) => home.get(identityOf(r)) ?? "bcc");
      if (settled.lost !== 0 || !settled.fields) {
        return { kind: "failed", step: "restore", error: "people missing", lost: settled.lost, undoKept: true };
      }
      restored = missing.length;
      original = settled.fields;
    }
  }

  const detailed = planMoveInDetail({ from: sender, ...original }, policy);
  const { plan, writes } = detailed;
  if (plan.moved === 0) return { kind: "nothing-to-move", cannotMove: plan.cannotMove, restored };

  const refusal = findMoveRefusal(detailed, options.fieldLimit);
  if (refusal) return refusal;
  const { bccAdditions: additions, rewrite } = writes;

  const undo = await store.begin({ ...original, added: writes.addedToTo });
  const total =
    writeCallCount(additions.length, false) +
    (rewrite.to ? writeCallCount(plan.to.length, true) : 0) +
    (rewrite.cc ? writeCallCount(plan.cc.length, true) : 0);
  let done = 0;
  const tick = () => {
    done += 1;
    options.onProgress?.({ done, total });
  };

  // Where someone found in no field goes back: where the plan puts them, so that a put-back moves on, not back.
  const planned = fieldOfEach(plan);
  const expected = uniqueByIdentity(everyone(original));
  const homeOf = (r: Recipient) => planned.get(identityOf(r)) ?? "bcc";
  const stop = async (step: MoveStep, error: unknown): Promise<MoveResult> => {
    const settled = await putBack(item, expected, homeOf);
    return { kind: "failed", step, error: describe(error), lost: settled.lost, undoKept: undo.kept };
  };

  try {
    await item.addRecipients("bcc", additions, tick);
  } catch (error) {
    return stop("add-bcc", error);
  }

  try {
    const bccNow = new Set((await item.getRecipients("bcc")).map(identityOf));
    const missing = additions.filter((r) => !bccNow.has(identityOf(r)));
    if (missing.length > 0) return stop("verify-bcc", `${missing.length} people did not arrive in Bcc`);
  } catch (error) {
    return stop("verify-bcc", error);
  }

  for (const field of ["to", "cc"] as const) {
    if (!rewrite[field]) continue;
    try {
      await item.setRecipients(field, plan[field], tick);
    } catch (error) {
      return stop("rewrite-to-cc", error);
    }
  }

  const confirmed = await putBack(item, expected, homeOf);
  if (!confirmed.fields || confirmed.lost !== 0) {
    return { kind: "failed", step: "confirm", error: "read-back failed", lost: confirmed.lost, undoKept: undo.kept };
  }
  const now = confirmed.fields;
  const visible = new Set([...now.to, ...now.cc].map(identityOf));
  const inBcc = new Set(now.bcc.map(identityOf));
  // Moved: whoever was visible and the plan puts in Bcc only (as the plan counts them).
  const movedIds = new Set([...original.to, ...original.cc].map(identityOf).filter((id) => planned.get(id) === "bcc"));
  const moved = [...movedIds].filter((id) => inBcc.has(id) && !visible.has(id)).length;
  const finished = await store.finish();
  return {
    kind: "moved",
    moved,
    senderAddedToTo: plan.senderAddedToTo,
    cannotMove: plan.cannotMove,
    undoPersisted: finished.persisted,
    undoKept: undo.kept,
    restored,
  };
}

/**
 * Puts To, Cc and Bcc back as they were before the last move (see `planUndo`): rewrites the fields that differ,
 * then reads them back and puts back, with additions only, whoever is in no field.
 */
export function undoMove(
  item: MailItem,
  store: SnapshotStore,
  onProgress?: MoveProgress,
  lock?: WriteLock,
): Promise<UndoResult> {
  return underLock(lock, () => applyUndo(item, store, onProgress));
}

async function applyUndo(item: MailItem, store: SnapshotStore, onProgress?: MoveProgress): Promise<UndoResult> {
  const snapshot = await store.load();
  if (!snapshot) return { kind: "nothing-to-undo" };
  let current: RecipientFields;
  try {
    current = await readRecipientFields(item);
  } catch (error) {
    return { kind: "undo-failed", error: describe(error), lost: 0 };
  }

  const { target, rewrite, expected, homeOf } = planUndo(snapshot, current);
  const total = rewrite.reduce((sum, field) => sum + writeCallCount(target[field].length, true), 0);
  let done = 0;
  const tick = () => {
    done += 1;
    onProgress?.({ done, total });
  };
  try {
    for (const field of rewrite) await item.setRecipients(field, target[field], tick);
  } catch (error) {
    const settled = await putBack(item, expected, homeOf);
    return { kind: "undo-failed", error: describe(error), lost: settled.lost };
  }
  const confirmed = await putBack(item, expected, homeOf);
  if (!confirmed.fields || confirmed.lost !== 0) {
    return { kind: "undo-failed", error: "read-back failed", lost: confirmed.lost };
  }
  await store.clear();
  return { kind: "undone" };
}

/**
 * Reads the three fields back and adds whoever of `expected` is in none of them to `homeOf(person)`, in rounds,
 * until a read-back finds nobody missing. Additions only: a field is never rewritten here, so a put-back that
 * fails half-way can only leave someone in two fields, never in none.
 * `lost`: how many the last successful read-back found in no field (and could not be put back since); null when
 * no read-back succeeded at all. `fields`: the last read-back when it found nobody missing.
 */
async function putBack(
  item: MailItem,
  expected: readonly Recipient[],
  homeOf: (r: Recipient) => RecipientField,
): Promise<{ lost: number | null; fields: RecipientFields | null }> {
  let lost: number | null = null;
  for (let round = 0; round < PUT_BACK_ROUNDS; round += 1) {
    let fields: RecipientFields;
    try {
      fields = await readRecipientFields(item);
    } catch {
      continue;
    }
    const present = new Set(everyone(fields).map(identityOf));
    const missing = expected.filter((r) => !present.has(identityOf(r)) && normalizeAddress(r).resolved);
    lost = missing.length;
    if (missing.length === 0) return { lost: 0, fields };
    try {
      for (const field of ["bcc", "to", "cc"] as const) {
        const going = missing.filter((r) => homeOf(r) === field);
        if (going.length > 0) await item.addRecipients(field, going);
      }
    } catch {
      // The next round reads again and adds whoever is still missing.
    }
  }
  return { lost, fields: null };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
