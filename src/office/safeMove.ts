import { normalizeAddress, planMoveToBcc } from "../engine/index.ts";
import type { MovePlan, PlannedRecipient, Policy, Recipient, RecipientField, RecipientInput } from "../engine/index.ts";

import type { MailItem } from "./mailItem.ts";
import type { RecipientSnapshot, SnapshotStore, SnapshotWriter } from "./recipientSnapshot.ts";
import type { WriteLock } from "./writeLock.ts";

/**
 * Where a move stopped: reading the fields, bringing back people an earlier attempt left in no field (a retry),
 * adding to Bcc, checking Bcc, rewriting To and Cc, or reading the result back.
 */
export type MoveStep = "read" | "restore" | "add-bcc" | "verify-bcc" | "rewrite-to-cc" | "confirm";

export type MoveResult =
  | {
      kind: "moved";
      /** People a read-back found in Bcc and in neither To nor Cc, of those the plan moved. */
      moved: number;
      senderAddedToTo: boolean;
      /** Entries left in place because they have no address (contact groups). */
      cannotMove: PlannedRecipient[];
      /** False when the undo copy could only be kept in this pane's memory (session data full or missing). */
      undoPersisted: boolean;
      /** False when no undo copy could be kept at all (the ribbon command, session data full): no Undo to offer. */
      undoKept: boolean;
      /** People an earlier, failed attempt had left in no field, put back first (from the undo copy). @default 0 */
      restored: number;
    }
  | { kind: "nothing-to-move"; cannotMove: PlannedRecipient[]; restored: number }
  | { kind: "refused-field-limit"; field: RecipientField; wouldHave: number; limit: number }
  | { kind: "refused-unresolved"; field: RecipientField; names: string[] }
  | {
      kind: "failed";
      step: MoveStep;
      error: string;
      /**
       * People of the message a final read-back found in none of To, Cc and Bcc after every put-back was tried;
       * null when the fields could not be read back at all. Only 0 allows saying "nobody was removed".
       */
      lost: number | null;
      /** An undo copy exists (in session data, or in this pane's memory). */
      undoKept: boolean;
    };

export type UndoResult =
  { kind: "undone" } | { kind: "nothing-to-undo" } | { kind: "undo-failed"; error: string; lost: number | null };

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

const CHUNK = 100;
const writeCalls = (count: number, replace: boolean) =>
  replace ? Math.max(1, Math.ceil(count / CHUNK)) : Math.ceil(count / CHUNK);

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
  let original: RecipientSnapshot;
  let sender: Recipient | null;
  try {
    original = await readFields(item);
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
      const home = fieldsOf(earlier);
      const settled = await putBack(item, uniqueByIdentity(missing), (r) => home.get(identityOf(r)) ?? "bcc");
      if (settled.lost !== 0 || !settled.fields) {
        return { kind: "failed", step: "restore", error: "people missing", lost: settled.lost, undoKept: true };
      }
      restored = missing.length;
      original = settled.fields;
    }
  }

  const plan = planMoveToBcc({ from: sender, ...original }, policy);
  if (plan.moved === 0) return { kind: "nothing-to-move", cannotMove: plan.cannotMove, restored };

  const refusal = findMoveRefusal(original, plan, options.fieldLimit);
  if (refusal) return refusal;
  const bccIds = new Set(original.bcc.map(identityOf));
  const additions = plan.bcc.filter((r) => !bccIds.has(identityOf(r)));
  const rewrite = {
    to: !sameRecipients(plan.to, original.to),
    cc: !sameRecipients(plan.cc, original.cc),
  };

  const added = plan.senderAddedToTo
    ? plan.to.filter((r) => !original.to.some((o) => identityOf(o) === identityOf(r)))
    : [];
  const undo = await store.begin({ ...original, added });
  const total =
    writeCalls(additions.length, false) +
    (rewrite.to ? writeCalls(plan.to.length, true) : 0) +
    (rewrite.cc ? writeCalls(plan.cc.length, true) : 0);
  let done = 0;
  const tick = () => {
    done += 1;
    options.onProgress?.({ done, total });
  };

  // Where someone found in no field goes back: where the plan puts them, so that a put-back moves on, not back.
  const planned = fieldsOf(plan);
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
 * Puts To, Cc and Bcc back as they were before the last move. Anyone added since the move stays, in the
 * field they are in now, so an undo can never remove a recipient the user typed afterwards. Names come from the
 * copy, or (when it had to leave them out to fit) from the field each person is in now.
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
  let current: RecipientSnapshot;
  try {
    current = await readFields(item);
  } catch (error) {
    return { kind: "undo-failed", error: describe(error), lost: 0 };
  }

  const namesNow = new Map(everyone(current).map((r) => [identityOf(r), r.displayName]));
  const named = (list: readonly Recipient[]) =>
    snapshot.withNames === false
      ? list.map((r) => ({ emailAddress: r.emailAddress, displayName: namesNow.get(identityOf(r)) ?? r.displayName }))
      : [...list];
  // Anyone neither in the snapshot nor put there by the move itself was added by the user afterwards.
  const known = new Set([...everyone(snapshot), ...(snapshot.added ?? [])].map(identityOf));
  const target: RecipientSnapshot = {
    to: [...named(snapshot.to), ...current.to.filter((r) => !known.has(identityOf(r)))],
    cc: [...named(snapshot.cc), ...current.cc.filter((r) => !known.has(identityOf(r)))],
    bcc: [...named(snapshot.bcc), ...current.bcc.filter((r) => !known.has(identityOf(r)))],
  };
  // To and Cc first: the people coming back are still in Bcc while they are written, so nobody is ever in no field.
  const order = (["to", "cc", "bcc"] as const).filter((field) => !sameRecipients(target[field], current[field]));
  const total = order.reduce((sum, field) => sum + writeCalls(target[field].length, true), 0);
  let done = 0;
  const tick = () => {
    done += 1;
    onProgress?.({ done, total });
  };
  const home = fieldsOf(target);
  const expected = uniqueByIdentity([...everyone(target), ...everyone(current)]).filter(
    (r) => !(snapshot.added ?? []).some((a) => identityOf(a) === identityOf(r)) || home.has(identityOf(r)),
  );
  const homeOf = (r: Recipient) => home.get(identityOf(r)) ?? fieldsOf(current).get(identityOf(r)) ?? "bcc";
  try {
    for (const field of order) await item.setRecipients(field, target[field], tick);
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
): Promise<{ lost: number | null; fields: RecipientSnapshot | null }> {
  let lost: number | null = null;
  for (let round = 0; round < PUT_BACK_ROUNDS; round += 1) {
    let fields: RecipientSnapshot;
    try {
      fields = await readFields(item);
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

async function readFields(item: MailItem): Promise<RecipientSnapshot> {
  const [to, cc, bcc] = await Promise.all([
    item.getRecipients("to"),
    item.getRecipients("cc"),
    item.getRecipients("bcc"),
  ]);
  return { to, cc, bcc };
}

function everyone(fields: { to: readonly Recipient[]; cc: readonly Recipient[]; bcc: readonly Recipient[] }) {
  return [...fields.to, ...fields.cc, ...fields.bcc];
}

/** Each person's field in `fields`; someone in two fields counts where they are visible (To, then Cc). */
function fieldsOf(fields: {
  to: readonly RecipientInput[];
  cc: readonly RecipientInput[];
  bcc: readonly RecipientInput[];
}): Map<string, RecipientField> {
  const home = new Map<string, RecipientField>();
  for (const field of ["bcc", "cc", "to"] as const) for (const r of fields[field]) home.set(identityOf(r), field);
  return home;
}

function uniqueByIdentity(list: readonly Recipient[]): Recipient[] {
  const seen = new Set<string>();
  return list.filter((r) => {
    const id = identityOf(r);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Why a planned move cannot be applied as the message stands. */
export type MoveRefusal = Extract<MoveResult, { kind: "refused-field-limit" | "refused-unresolved" }>;

/**
 * The move's refusals, foreseen from the plan so that the task pane can say so before the click:
 * Outlook cannot write back a field holding a contact group (an entry without an address), and no field may
 * end with more recipients than the client holds. `moveToBcc` applies the same check itself.
 */
export function findMoveRefusal(
  original: { to?: readonly RecipientInput[]; cc?: readonly RecipientInput[]; bcc?: readonly RecipientInput[] },
  plan: MovePlan,
  fieldLimit: number,
): MoveRefusal | null {
  if (plan.moved === 0) return null;
  const fields = { to: original.to ?? [], cc: original.cc ?? [], bcc: original.bcc ?? [] };
  const bccIds = new Set(fields.bcc.map(identityOf));
  const additions = plan.bcc.filter((r) => !bccIds.has(identityOf(r))).length;
  const written: Record<RecipientField, boolean> = {
    to: !sameRecipients(plan.to, fields.to),
    cc: !sameRecipients(plan.cc, fields.cc),
    bcc: additions > 0,
  };
  for (const field of ["to", "cc", "bcc"] as const) {
    // Only a contact group cannot be written back (error 5010); a typo is rewritten as the text it was.
    const groups = fields[field].map(normalizeAddress).filter((r) => !r.resolved && r.kind === "contact-group");
    if (written[field] && groups.length > 0)
      return { kind: "refused-unresolved", field, names: groups.map((r) => r.displayName || r.address) };
  }
  const finalSizes: Record<RecipientField, number> = {
    to: plan.to.length,
    cc: plan.cc.length,
    bcc: fields.bcc.length + additions,
  };
  for (const field of ["bcc", "to", "cc"] as const) {
    if (finalSizes[field] > fieldLimit)
      return { kind: "refused-field-limit", field, wouldHave: finalSizes[field], limit: fieldLimit };
  }
  return null;
}

function identityOf(r: RecipientInput): string {
  const n = normalizeAddress(r);
  return n.resolved ? n.identity : `unresolved:${n.displayName}:${n.address}`;
}

function sameRecipients(a: readonly RecipientInput[], b: readonly RecipientInput[]) {
  return a.length === b.length && a.every((r, i) => identityOf(r) === identityOf(b[i] as RecipientInput));
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
