import { analyzeAudience } from "./audience.ts";
import type { Audience } from "./audience.ts";
import type { Message } from "./message.ts";
import type { Policy } from "./policy.ts";
import { findSensitiveKeywords } from "./sensitiveKeywords.ts";
import type { Action, Reason, Verdict, VerdictCounts } from "./verdict.ts";

/**
 * The one decision: who would see whose address, and whether to allow, warn or block.
 * The send handler, the infobar, the task pane and the CLI all call this, so they cannot disagree.
 */
export function evaluate(message: Message, policy: Policy): Verdict {
  return evaluateAudience(analyzeAudience(message, policy), message, policy);
}

/** The same decision from an audience already analysed (the task pane shows both). */
export function evaluateAudience(audience: Audience, message: Message, policy: Policy): Verdict {
  const counts = countAudience(audience);
  const sensitive = isSensitive(message, policy);
  const thresholds = sensitive
    ? { warnAt: policy.sensitive.warnAt, blockAt: policy.sensitive.blockAt }
    : { warnAt: policy.thresholds.warnAt, blockAt: policy.thresholds.blockAt };

  let action: Action = "allow";
  const reasons: Reason[] = [];
  const exposed = counts.parties >= 2;
  const largeAudienceAt = policy.largeAudience.warnAt;
  if (exposed && counts.parties >= thresholds.blockAt) {
    action = "block";
    reasons.push("exposed-parties");
  } else if (exposed && counts.parties >= thresholds.warnAt) {
    action = "warn";
    reasons.push("exposed-parties");
  } else if (largeAudienceAt !== null && counts.visible >= largeAudienceAt) {
    action = "warn";
    reasons.push("large-audience");
  }
  if (action === "block" && policy.mode === "warn-only") action = "warn";
  if (sensitive) reasons.push("sensitive");
  if (counts.unresolved > 0) reasons.push("unresolved");
  return { action, reasons, sensitive, counts, thresholds };
}

export function countAudience(audience: Audience): VerdictCounts {
  let visibleInternal = 0;
  let unresolved = 0;
  const parties = new Set<string>();
  for (const person of audience.visible) {
    if (person.internal) visibleInternal += 1;
    if (!person.recipient.resolved) unresolved += 1;
    if (person.party !== null) parties.add(person.party);
  }
  return {
    visible: audience.visible.length,
    visibleInternal,
    visibleExternal: audience.visible.length - visibleInternal,
    parties: parties.size,
    bcc: audience.bccOnly.length,
    unresolved,
  };
}

function isSensitive(message: Message, policy: Policy): boolean {
  const keywords = policy.sensitive.keywords;
  if (keywords.length === 0) return false;
  // Subject and body are searched apart so that no phrase is made of the subject's end and the body's start.
  return [message.subject ?? "", message.body ?? ""].some((text) => findSensitiveKeywords(text, keywords).length > 0);
}
