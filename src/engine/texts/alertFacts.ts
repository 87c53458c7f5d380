import type { Spread } from "../composeType.ts";
import type { Verdict } from "../verdict.ts";
import { count } from "./count.ts";
import type { Count } from "./count.ts";
import type { Language } from "./language.ts";
import { exposureWho } from "./exposureWho.ts";
import { sanitizeNames, sanitizeOrganization } from "./sanitizeName.ts";

/** What an alert or infobar is written from. */
export interface AlertFacts {
  verdict: Verdict;
  /** `policy.organization`; "" means "your organisation" in each language. */
  organization: string;
  /** Display names (or addresses) of a few visible external people, most relevant first; may be hostile. */
  exampleNames: readonly string[];
  /**
   * Visible outside people at personal mail providers or relays (`Assessment.personal`): the alert then says
   * "with personal addresses" rather than counting each of them as an organisation. @default 0
   */
  personal?: number;
  /**
   * The message is a reply-all or a forward (`spreadOf`): the alert then says it sends the list out again.
   * @default null
   */
  spread?: Spread | null;
  /**
   * Why Move to Bcc cannot work on this message (the alert then offers no Move to Bcc button and says what to do
   * instead): a field would pass the client's `limit`, or a field to rewrite holds contact groups. @default null
   */
  moveBlocked?: { reason: "field-limit"; limit: number } | { reason: "groups" } | null;
}

/** At most this many example names are shown: enough to recognise the list, short enough to read. */
export const MAX_EXAMPLE_NAMES = 3;

/** The facts, read once: what the alert is about, with counts and names ready to print. */
export interface AlertSubject {
  /**
   * `"exposure"`: outside people would see each other; `"contact-group"`: a personal contact group would show
   * its members each other; `"large-audience"`: a reply-all would reach everyone.
   */
  topic: "exposure" | "contact-group" | "large-audience";
  /** What the user may do; an "allow" verdict reads as a warning (nothing is forced). */
  action: "block" | "warn";
  /** Outside people for an exposure, everyone visible for a large audience. */
  people: Count;
  /**
   * Who the outside people are, when that adds something, else `null`: how many have personal addresses, and
   * from how many organisations the others come.
   */
  who: { personal: Count; organisations: Count } | null;
  /** Whether to say the limit is lower because the message is sensitive. */
  sensitive: boolean;
  /** Visible personal contact groups, or `null` when there are none. */
  contactGroups: Count | null;
  /** Visible entries that are not addresses (typos), or `null` when there are none. */
  unresolved: Count | null;
  /** Cleaned organisation name, `null` for "your organisation". */
  organization: string | null;
  /** Cleaned example names (never empty strings), at most `MAX_EXAMPLE_NAMES` and never more than `people`. */
  names: string[];
  /** A reply-all or forward that keeps outside people visible; `null` otherwise. */
  spread: Spread | null;
  /** As in `AlertFacts`, the limit ready to print. */
  moveBlocked: { reason: "field-limit"; limit: Count } | { reason: "groups" } | null;
}

export function readAlertFacts(facts: AlertFacts, language: Language): AlertSubject {
  const { verdict } = facts;
  const reasons = verdict.reasons;
  const topic = reasons.includes("contact-group")
    ? "contact-group"
    : reasons.includes("large-audience") && !reasons.includes("exposed-parties")
      ? "large-audience"
      : "exposure";
  const people = count(topic === "large-audience" ? verdict.counts.visible : verdict.counts.visibleExternal, language);
  // Each personal address and each unresolved entry is a party of its own: what is left are organisations.
  const personalPeople = Math.min(Math.max(facts.personal ?? 0, 0), verdict.counts.visibleExternal);
  const organisations = Math.max(verdict.counts.parties - personalPeople - verdict.counts.unresolved, 0);
  const who = topic === "exposure" ? exposureWho(people.value, personalPeople, organisations, language) : null;
  // Older verdicts (a pane state saved before contact groups were counted) have no contactGroups: read it as 0.
  const groupCount = verdict.counts.contactGroups ?? 0;
  const contactGroups = count(groupCount, language);
  const unresolved = count(verdict.counts.unresolved - groupCount, language);
  return {
    topic,
    action: verdict.action === "block" ? "block" : "warn",
    people,
    who,
    // The sensitive thresholds change the exposure and contact-group rules only: nothing for a large audience.
    sensitive: verdict.sensitive && (reasons.includes("exposed-parties") || reasons.includes("contact-group")),
    contactGroups: contactGroups.value > 0 ? contactGroups : null,
    unresolved: unresolved.value > 0 ? unresolved : null,
    organization: sanitizeOrganization(facts.organization),
    names: sanitizeNames(facts.exampleNames, Math.min(MAX_EXAMPLE_NAMES, people.value)),
    // Only an exposure is spread again: a large internal audience is a different warning.
    spread: topic === "exposure" && verdict.counts.visibleExternal > 0 ? (facts.spread ?? null) : null,
    moveBlocked: !facts.moveBlocked
      ? null
      : facts.moveBlocked.reason === "groups"
        ? { reason: "groups" }
        : { reason: "field-limit", limit: count(facts.moveBlocked.limit, language) },
  };
}
