import { normalizeAddress } from "../../engine/index.ts";
import type { Message, MovePlan, PlannedRecipient, RecipientField, RecipientInput } from "../../engine/index.ts";

/** Why "Move to Bcc" would be refused as the message stands, so the pane can say so before the click. */
export type MoveBlocker =
  | { kind: "contact-group"; field: RecipientField; names: string[] }
  | { kind: "field-limit"; field: RecipientField; wouldHave: number; limit: number };

/**
 * The refusals of the safe move (src/office/safeMove.ts), foreseen from the same plan: Outlook cannot write back
 * a field that holds a contact group, and no field may exceed the client's limit. The move still checks for
 * itself; this only keeps the preview from promising what the move will then refuse.
 */
export function findMoveBlocker(message: Message, plan: MovePlan, fieldLimit: number): MoveBlocker | null {
  if (plan.moved === 0) return null;
  const original: Record<RecipientField, readonly RecipientInput[]> = {
    to: message.to ?? [],
    cc: message.cc ?? [],
    bcc: message.bcc ?? [],
  };
  const written: Record<RecipientField, boolean> = {
    to: !sameEntries(plan.to, original.to),
    cc: !sameEntries(plan.cc, original.cc),
    bcc: plan.bcc.length > original.bcc.length,
  };
  for (const field of ["to", "cc", "bcc"] as const) {
    const groups = original[field].map(normalizeAddress).filter((r) => !r.resolved);
    if (written[field] && groups.length > 0)
      return { kind: "contact-group", field, names: groups.map((r) => r.displayName || r.address) };
  }
  for (const field of ["bcc", "to", "cc"] as const) {
    if (plan[field].length > fieldLimit)
      return { kind: "field-limit", field, wouldHave: plan[field].length, limit: fieldLimit };
  }
  return null;
}

function sameEntries(planned: readonly PlannedRecipient[], original: readonly RecipientInput[]): boolean {
  return (
    planned.length === original.length && planned.every((entry, i) => key(entry) === key(original[i] as RecipientInput))
  );
}

function key(entry: RecipientInput): string {
  const normalized = normalizeAddress(entry);
  return normalized.resolved ? normalized.identity : `unresolved:${normalized.displayName}:${normalized.address}`;
}
