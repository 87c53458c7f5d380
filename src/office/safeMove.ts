import { normalizeAddress, planMoveToBcc } from "../engine/index.ts";
import type { MovePlan, PlannedRecipient, Policy, Recipient, RecipientField, RecipientInput } from "../engine/index.ts";

import type { MailItem } from "./mailItem.ts";
import type { RecipientSnapshot, SnapshotStore, SnapshotWriter } from "./recipientSnapshot.ts";

/** Where a move or an undo stopped. */
export type MoveStep = "read" | "add-bcc" | "verify-bcc" | "rewrite-to-cc";

export type MoveResult =
  | {
      kind: "moved";
      moved: number;
      senderAddedToTo: boolean;
      /** Entries left in place because they have no address (contact groups). */
      cannotMove: PlannedRecipient[];
      /** False when the undo copy could only be kept in this pane's memory (session data full or missing). */
      undoPersisted: boolean;
    }
  | { kind: "nothing-to-move"; cannotMove: PlannedRecipient[] }
  | { kind: "refused-field-limit"; field: RecipientField; wouldHave: number; limit: number }
  | { kind: "refused-unresolved"; field: RecipientField; names: string[] }
  | { kind: "failed"; step: MoveStep; error: string };

export type UndoResult = { kind: "undone" } | { kind: "nothing-to-undo" } | { kind: "undo-failed"; error: string };

/** Progress of the writes, for long lists: `done` of `total` Office calls. */
export type MoveProgress = (progress: { done: number; total: number }) => void;

export interface MoveOptions {
  /** Per-field cap of the client (see `recipientFieldLimit`). */
  fieldLimit: number;
  onProgress?: MoveProgress;
}

const CHUNK = 100;
const writeCalls = (count: number, replace: boolean) =>
  replace ? Math.max(1, Math.ceil(count / CHUNK)) : Math.ceil(count / CHUNK);

/**
 * Moves people to Bcc without ever leaving anyone in no field (DESIGN §3):
 * read afresh, plan with the engine, refuse what the client cannot hold, keep an undo snapshot,
 * add to Bcc first, read Bcc back and check, and only then rewrite To and Cc. On any failure it stops;
 * a field whose rewrite failed is put back as it was, so every recipient is still in at least one field.
 */
export async function moveToBcc(
  item: MailItem,
  policy: Policy,
  store: SnapshotWriter,
  options: MoveOptions,
): Promise<MoveResult> {
  let original: RecipientSnapshot;
  let sender: Recipient | null;
  try {
    const [to, cc, bcc] = await Promise.all([
      item.getRecipients("to"),
      item.getRecipients("cc"),
      item.getRecipients("bcc"),
    ]);
    original = { to, cc, bcc };
    sender = await item.getSender();
  } catch (error) {
    return { kind: "failed", step: "read", error: describe(error) };
  }

  const plan = planMoveToBcc({ from: sender, ...original }, policy);
  if (plan.moved === 0) return { kind: "nothing-to-move", cannotMove: plan.cannotMove };

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
  const { persisted } = await store.begin({ ...original, added });
  const total =
    writeCalls(additions.length, false) +
    (rewrite.to ? writeCalls(plan.to.length, true) : 0) +
    (rewrite.cc ? writeCalls(plan.cc.length, true) : 0);
  let done = 0;
  const tick = () => {
    done += 1;
    options.onProgress?.({ done, total });
  };

  try {
    await item.addRecipients("bcc", additions, tick);
  } catch (error) {
    return { kind: "failed", step: "add-bcc", error: describe(error) };
  }

  try {
    const bccNow = new Set((await item.getRecipients("bcc")).map(identityOf));
    const missing = additions.filter((r) => !bccNow.has(identityOf(r)));
    if (missing.length > 0)
      return { kind: "failed", step: "verify-bcc", error: `${missing.length} people did not arrive in Bcc` };
  } catch (error) {
    return { kind: "failed", step: "verify-bcc", error: describe(error) };
  }

  for (const field of ["to", "cc"] as const) {
    if (!rewrite[field]) continue;
    try {
      await replaceField(item, field, plan[field], original[field], tick);
    } catch (error) {
      return { kind: "failed", step: "rewrite-to-cc", error: describe(error) };
    }
  }
  await store.finish();
  return {
    kind: "moved",
    moved: plan.moved,
    senderAddedToTo: plan.senderAddedToTo,
    cannotMove: plan.cannotMove,
    undoPersisted: persisted,
  };
}

/**
 * Puts To, Cc and Bcc back as they were before the last move. Anyone added since the move stays, in the
 * field they are in now, so an undo can never remove a recipient the user typed afterwards.
 */
export async function undoMove(item: MailItem, store: SnapshotStore, onProgress?: MoveProgress): Promise<UndoResult> {
  const snapshot = await store.load();
  if (!snapshot) return { kind: "nothing-to-undo" };
  let current: RecipientSnapshot;
  try {
    const [to, cc, bcc] = await Promise.all([
      item.getRecipients("to"),
      item.getRecipients("cc"),
      item.getRecipients("bcc"),
    ]);
    current = { to, cc, bcc };
  } catch (error) {
    return { kind: "undo-failed", error: describe(error) };
  }

  // Anyone neither in the snapshot nor put there by the move itself was added by the user afterwards.
  const known = new Set([...snapshot.to, ...snapshot.cc, ...snapshot.bcc, ...(snapshot.added ?? [])].map(identityOf));
  const target: RecipientSnapshot = {
    to: [...snapshot.to, ...current.to.filter((r) => !known.has(identityOf(r)))],
    cc: [...snapshot.cc, ...current.cc.filter((r) => !known.has(identityOf(r)))],
    bcc: [...snapshot.bcc, ...current.bcc.filter((r) => !known.has(identityOf(r)))],
  };
  // To and Cc first: the people coming back are still in Bcc while they are written, so nobody is ever in no field.
  const order = (["to", "cc", "bcc"] as const).filter((field) => !sameRecipients(target[field], current[field]));
  const total = order.reduce((sum, field) => sum + writeCalls(target[field].length, true), 0);
  let done = 0;
  const tick = () => {
    done += 1;
    onProgress?.({ done, total });
  };
  try {
    for (const field of order) await replaceField(item, field, target[field], current[field], tick);
  } catch (error) {
    return { kind: "undo-failed", error: describe(error) };
  }
  await store.clear();
  return { kind: "undone" };
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

/**
 * Rewrites one field (set, then add in chunks). Should a chunk fail half-way, the field is written back as
 * it was before, so whoever was only in this field is not left out; the original error is then rethrown.
 */
async function replaceField(
  item: MailItem,
  field: RecipientField,
  next: readonly Recipient[],
  previous: readonly Recipient[],
  onCall: () => void,
): Promise<void> {
  try {
    await item.setRecipients(field, next, onCall);
  } catch (error) {
    try {
      await item.setRecipients(field, previous);
    } catch {
      // Retried once below by the caller's Retry or Undo; the error reported is the first one.
    }
    throw error;
  }
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
