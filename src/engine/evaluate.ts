import { analyzeAudience } from "./audience.ts";
import type { Audience } from "./audience.ts";
import type { Message } from "./message.ts";
import { needsMessageText } from "./needsMessageText.ts";
import type { Policy } from "./policy.ts";
import { hasSensitiveKeyword } from "./sensitiveKeywords.ts";
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
  const groupAction = contactGroupAction(counts.contactGroups, sensitive, policy.contactGroups);
  if (exposed && counts.parties >= thresholds.blockAt) {
    action = "block";
    reasons.push("exposed-parties");
  } else if (groupAction === "block") {
    // Rule 3 may only make the verdict stricter than rules 1 and 2: a sensitive message to a contact group
    // is blocked even when a few other outside addresses already make it a warning.
    action = "block";
    reasons.push("contact-group");
  } else if (exposed && counts.parties >= thresholds.warnAt) {
    action = "warn";
    reasons.push("exposed-parties");
  } else if (groupAction === "warn") {
    action = "warn";
    reasons.push("contact-group");
  } else if (largeAudienceAt !== null && counts.visible >= largeAudienceAt) {
    action = "warn";
    reasons.push("large-audience");
  }
  if (action === "block" && policy.mode === "warn-only") action = "warn";
  if (sensitive) reasons.push("sensitive");
  if (counts.unresolved > 0) reasons.push("unresolved");
  return { action, reasons, sensitive, counts, thresholds };
}

/**
 * Rule 3: a visible personal contact group. Its members will see each other and nobody can count them, so it
 * gets `policy.contactGroups`, and at least a block on a sensitive message unless the policy says `"allow"`.
 */
function contactGroupAction(groups: number, sensitive: boolean, setting: Policy["contactGroups"]): Action {
  if (groups === 0 || setting === "allow") return "allow";
  return sensitive ? "block" : setting;
}

export function countAudience(audience: Audience): VerdictCounts {
  let visibleInternal = 0;
  let unresolved = 0;
  let contactGroups = 0;
  const parties = new Set<string>();
  for (const person of audience.visible) {
    if (person.internal) visibleInternal += 1;
    if (!person.recipient.resolved) {
      unresolved += 1;
      if (person.recipient.kind === "contact-group") contactGroups += 1;
    }
    if (person.party !== null) parties.add(person.party);
  }
  return {
    visible: audience.visible.length,
    visibleInternal,
    visibleExternal: audience.visible.length - visibleInternal,
    parties: parties.size,
    bcc: audience.bccOnly.length,
    unresolved,
    contactGroups,
  };
}

function isSensitive(message: Message, policy: Policy): boolean {
  if (!needsMessageText(policy)) return false;
  // Subject and body are searched apart so that no phrase is made of the subject's end and the body's start.
  const keywords = policy.sensitive.keywords;
  return [message.subject ?? "", message.body ?? ""].some((text) => hasSensitiveKeyword(text, keywords));
}
