import type { Verdict } from "../../engine/index.ts";
import { entryNotes } from "../../engine/texts/index.ts";
import type { ExposureFacts, PaneStrings } from "../../engine/texts/paneCatalog.ts";

import type { PartyGroup } from "./partyGroups.ts";

/** The status at the top of the pane: how the send guard would treat the message, and why, in plain words. */
export interface StatusSummary {
  intent: "success" | "warning" | "error";
  title: string;
  /** Sentences in reading order: what is exposed, why the limits are what they are, what to do. */
  sentences: string[];
}

/**
 * @param groups the visible outside people by party (`groupAudience`): they tell personal addresses from
 *   organisations, which the verdict's party count lumps together.
 * @param organization the policy's `organization`, named as the alert names it ("" for "your organisation")
 */
export function summarizeStatus(
  verdict: Verdict,
  groups: readonly PartyGroup[],
  strings: PaneStrings,
  organization: string,
): StatusSummary {
  const s = strings.status;
  const { counts, thresholds } = verdict;
  const exposure: ExposureFacts = {
    people: counts.visibleExternal,
    organisations: groups.filter((group) => group.kind === "organization").length,
    personal: groups.find((group) => group.kind === "personal")?.people.length ?? 0,
    organization,
  };
  const sentences: string[] = [];
  // Contact groups and entries that are not addresses, in the alert's and the notice's own words.
  const notes = entryNotes(counts.contactGroups, counts.unresolved - counts.contactGroups, strings.language);
  if (verdict.reasons.includes("exposed-parties")) sentences.push(s.exposure(exposure));
  else if (verdict.reasons.includes("contact-group")) sentences.push(...notes.splice(0, notes.length));
  else if (verdict.reasons.includes("large-audience")) sentences.push(s.largeAudience(counts.visible));
  else if (counts.visible === 0) sentences.push(s.noRecipients);
  else if (counts.visibleExternal === 0) sentences.push(s.onlyColleagues);
  else if (counts.parties < 2) sentences.push(s.oneParty);
  else sentences.push(s.belowLimit(exposure, thresholds.warnAt));
  if (verdict.sensitive) sentences.push(s.sensitive(thresholds.warnAt, thresholds.blockAt, organization));
  sentences.push(...notes);
  // A contact-group verdict already said what to do; the exposure advice ("until they are in Bcc") would not fit.
  const decidedByGroups = verdict.reasons.includes("contact-group");
  if (verdict.action === "block" && !decidedByGroups) sentences.push(s.blockAdvice);
  if (verdict.action === "warn" && !decidedByGroups) sentences.push(s.warnAdvice);

  if (verdict.action === "block") return { intent: "error", title: s.block, sentences };
  if (verdict.action === "warn") return { intent: "warning", title: s.warn, sentences };
  return { intent: "success", title: s.safe, sentences };
}
