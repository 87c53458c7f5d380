import { assessMessage, planMoveToBcc } from "../../engine/index.ts";
import type { Message, MovePlan, Policy, Verdict } from "../../engine/index.ts";
import { findMoveRefusal } from "../../office/safeMove.ts";
import type { MoveRefusal } from "../../office/safeMove.ts";
import type { MovePreviewFacts } from "../strings/catalog.ts";

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
}

/** @param fieldLimit the most recipients one field may hold in this client */
export function viewMessage(message: Message, policy: Policy, fieldLimit: number): MessageView {
  const { audience, verdict } = assessMessage(message, policy);
  const plan = planMoveToBcc(message, policy);
  return {
    verdict,
    fieldCounts: { to: message.to?.length ?? 0, cc: message.cc?.length ?? 0, bcc: message.bcc?.length ?? 0 },
    audience: groupAudience(audience),
    plan,
    preview: movePreviewFacts(plan, audience),
    blocker: findMoveRefusal(message, plan, fieldLimit),
  };
}
