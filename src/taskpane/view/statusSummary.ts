import type { Verdict } from "../../engine/index.ts";
import type { ExposureFacts, PaneStrings } from "../strings/catalog.ts";

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
 */
export function summarizeStatus(verdict: Verdict, groups: readonly PartyGroup[], strings: PaneStrings): StatusSummary {
  const s = strings.status;
  const { counts, thresholds } = verdict;
  const exposure: ExposureFacts = {
    people: counts.visibleExternal,
    organisations: groups.filter((group) => group.kind === "organization").length,
    personal: groups.find((group) => group.kind === "personal")?.people.length ?? 0,
  };
  const sentences: string[] = [];
  if (verdict.reasons.includes("exposed-parties")) sentences.push(s.exposure(exposure));
  else if (verdict.reasons.includes("large-audience")) sentences.push(s.largeAudience(counts.visible));
  else if (counts.visible === 0) sentences.push(s.noRecipients);
  else if (counts.visibleExternal === 0) sentences.push(s.onlyColleagues);
  else if (counts.parties < 2) sentences.push(s.oneParty);
  else sentences.push(s.belowLimit(exposure, thresholds.warnAt));
  if (verdict.sensitive) sentences.push(s.sensitive(thresholds.warnAt, thresholds.blockAt));
  if (counts.unresolved > 0) sentences.push(s.unresolved(counts.unresolved));
  if (verdict.action === "block") sentences.push(s.blockAdvice);
  if (verdict.action === "warn") sentences.push(s.warnAdvice);

  if (verdict.action === "block") return { intent: "error", title: s.block, sentences };
  if (verdict.action === "warn") return { intent: "warning", title: s.warn, sentences };
  return { intent: "success", title: s.safe, sentences };
}
