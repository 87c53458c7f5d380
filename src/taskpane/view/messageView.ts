import { assessMessage, findMoveRefusal, planMoveInDetail, undoCopyFits } from "../../engine/index.ts";
import type { Message, MovePlan, MoveRefusal, Policy, Recipient, RecipientInput, Verdict } from "../../engine/index.ts";
import type { MovePreviewFacts } from "../../engine/texts/paneCatalog.ts";

import { movePreviewFacts } from "./movePreview.ts";
import { groupAudience } from "./partyGroups.ts";
import type { AudienceGroups } from "./partyGroups.ts";

/** Everything the pane shows about the message, computed once per read. */
export interface MessageView {
  verdict: Verdict;
  /** Entries per field, as Outlook shows them. */
  fieldCounts: { to: number; cc: number; bcc: number };
  audience: AudienceGroups;
  plan: MovePlan;
  preview: MovePreviewFacts;
  /** Why the move would be refused now, or null when it can run. */
  blocker: MoveRefusal | null;
  /** An undo copy of these fields fits the client's session data, so a move could be undone from any runtime. */
  undoFits: boolean;
}

/**
 * @param fieldLimit the most recipients one field may hold in this client
 * @param sessionDataLimit the characters its session data holds (@default 50_000)
 */
export function viewMessage(
  message: Message,
  policy: Policy,
  fieldLimit: number,
  sessionDataLimit?: number,
): MessageView {
  const { audience, verdict } = assessMessage(message, policy);
  const detailed = planMoveInDetail(message, policy, audience);
  const plan = detailed.plan;
  return {
    verdict,
    fieldCounts: { to: message.to?.length ?? 0, cc: message.cc?.length ?? 0, bcc: message.bcc?.length ?? 0 },
    audience: groupAudience(audience),
    plan,
    preview: movePreviewFacts(plan, audience),
    blocker: findMoveRefusal(detailed, fieldLimit),
    undoFits: undoCopyFits(
      { to: asRecipients(message.to), cc: asRecipients(message.cc), bcc: asRecipients(message.bcc) },
      sessionDataLimit,
    ),
  };
}

// The pane reads recipients from Outlook, always as objects; a string only comes from a hand-made message.
function asRecipients(list: readonly RecipientInput[] | undefined): Recipient[] {
  return (list ?? []).map((r) => (typeof r === "string" ? { emailAddress: r, displayName: r } : r));
}
