import { normalizeAddress } from "../../engine/index.ts";
import type { Audience, MovePlan } from "../../engine/index.ts";
import type { MovePreviewFacts } from "../../engine/texts/paneCatalog.ts";

/**
 * What the move will do, in the figures the preview sentence needs. Read off the same plan the move applies
 * (`planMoveToBcc`), so the sentence cannot promise something the move does not do.
 */
export function movePreviewFacts(plan: MovePlan, audience: Audience): MovePreviewFacts {
  const internal = new Set(audience.visible.filter((p) => p.internal).map((p) => p.key));
  const sender = audience.sender?.identity;
  const kept = new Set<string>();
  for (const recipient of [...plan.to, ...plan.cc]) {
    const normalized = normalizeAddress(recipient);
    if (normalized.resolved && normalized.identity !== sender) kept.add(normalized.identity);
  }
  return {
    moved: plan.moved,
    kept: kept.size,
    keptAreColleagues: [...kept].every((identity) => internal.has(identity)),
    senderAddedToTo: plan.senderAddedToTo,
    cannotMove: plan.cannotMove.length,
  };
}
