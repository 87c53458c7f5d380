import type { RecipientInput } from "./message.ts";
import type { MovePlan, PlannedRecipient } from "./planMoveToBcc.ts";
import { identityOf, sameRecipients } from "./recipientIdentity.ts";

/** What applying a plan writes, against the fields it was made from. */
export interface MoveWrites {
  /** People the plan puts in Bcc who are not there yet: Bcc is only ever added to, never rewritten. */
  bccAdditions: PlannedRecipient[];
  /** To or Cc ends different from what it holds, so it is rewritten (which could drop anyone it misses). */
  rewrite: { to: boolean; cc: boolean };
  /** People the move itself puts in To (the sender, when To would be empty), whom Undo takes out again. */
  addedToTo: PlannedRecipient[];
}

/** @param original the fields `plan` was made from (a missing field counts as empty) */
export function moveWrites(
  original: { to?: readonly RecipientInput[]; cc?: readonly RecipientInput[]; bcc?: readonly RecipientInput[] },
  plan: MovePlan,
): MoveWrites {
  const to = original.to ?? [];
  const bccIds = new Set((original.bcc ?? []).map(identityOf));
  const toIds = plan.senderAddedToTo ? new Set(to.map(identityOf)) : null;
  return {
    bccAdditions: plan.bcc.filter((r) => !bccIds.has(identityOf(r))),
    rewrite: { to: !sameRecipients(plan.to, to), cc: !sameRecipients(plan.cc, original.cc ?? []) },
    addedToTo: toIds ? plan.to.filter((r) => !toIds.has(identityOf(r))) : [],
  };
}
