import type { PlannedRecipient } from "./planMoveToBcc.ts";

/** What applying a plan writes, against the fields it was made from (`planMoveInDetail` works it out). */
export interface MoveWrites {
  /** People the plan puts in Bcc who are not there yet: Bcc is only ever added to, never rewritten. */
  bccAdditions: PlannedRecipient[];
  /** To or Cc ends different from what it holds, so it is rewritten (which could drop anyone it misses). */
  rewrite: { to: boolean; cc: boolean };
  /** People the move itself puts in To (the sender, when To would be empty), whom Undo takes out again. */
  addedToTo: PlannedRecipient[];
}
