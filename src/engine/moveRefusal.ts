import type { RecipientField } from "./message.ts";
import type { MoveRefusal } from "./moveResult.ts";
import type { MoveWrites } from "./moveWrites.ts";
import type { NormalizedAddress } from "./normalizeAddress.ts";
import type { DetailedMovePlan, MovePlan } from "./planMoveToBcc.ts";

/**
 * The move's refusals, foreseen from the plan so that the task pane and the send alert can say so before the
 * click: Outlook cannot write back a field holding a contact group (an entry without an address), and no field
 * may end with more recipients than the client holds. The safe move applies the same check itself. It works from
 * what `planMoveInDetail` read, so no address is read again (the send handler's hot path).
 */
export function findMoveRefusal({ plan, fields, writes }: DetailedMovePlan, fieldLimit: number): MoveRefusal | null {
  return plan.moved === 0 ? null : refusalOf(plan, fields, writes, fieldLimit);
}

function refusalOf(
  plan: MovePlan,
  fields: Record<RecipientField, readonly NormalizedAddress[]>,
  { bccAdditions, rewrite }: MoveWrites,
  fieldLimit: number,
): MoveRefusal | null {
  const additions = bccAdditions.length;
  const written: Record<RecipientField, boolean> = { ...rewrite, bcc: additions > 0 };
  for (const field of ["to", "cc", "bcc"] as const) {
    // Only a contact group cannot be written back (error 5010); a typo is rewritten as the text it was.
    const groups = fields[field].filter((r) => !r.resolved && r.kind === "contact-group");
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
