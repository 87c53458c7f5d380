import { readAlertFacts } from "./alertFacts.ts";
import type { AlertFacts } from "./alertFacts.ts";
import { CATALOGS } from "./catalogs.ts";
import { firstThatFits } from "./fit.ts";
import type { Language } from "./language.ts";
import { LIMITS } from "./limits.ts";
import { PLAIN } from "./textStyle.ts";

/** The infobar's action that opens the task pane, per language. At most `LIMITS.actionText`. */
export const INFOBAR_ACTION_LABEL: Record<Language, string> = {
  en: CATALOGS.en.reviewRecipients,
  fr: CATALOGS.fr.reviewRecipients,
  de: CATALOGS.de.reviewRecipients,
  es: CATALOGS.es.reviewRecipients,
  ja: CATALOGS.ja.reviewRecipients,
};

/**
 * The live infobar while composing, at most `LIMITS.infobar` characters, or `null` when there is nothing worth
 * saying: the verdict allows the message and every visible entry could be checked. Plain text, no names.
 */
export function infobarText(facts: AlertFacts, language: Language): string | null {
  const catalog = CATALOGS[language];
  const subject = readAlertFacts(facts, language);
  const gap = catalog.sentenceGap;

  const groups = subject.contactGroups;
  if (facts.verdict.action === "allow") {
    // Nothing is exposed by the rules, but a contact group (allowed by the policy) still shows its members each
    // other, and an entry that is no address may be a typo for someone who should be in Bcc.
    if (groups !== null) {
      const lead = catalog.contactGroups(groups, PLAIN.emphasis);
      return firstThatFits([lead + gap + catalog.contactGroupAdviceShort(groups), lead], LIMITS.infobar);
    }
    if (subject.unresolved === null) return null;
    const entries = subject.unresolved;
    return firstThatFits(
      [
        catalog.unresolvedInfobar(entries, subject.organization),
        catalog.unresolvedInfobar(entries, null),
        catalog.unresolved(entries),
      ],
      LIMITS.infobar,
    );
  }

  if (subject.topic === "contact-group" && groups !== null) {
    const lead = catalog.contactGroups(groups, PLAIN.emphasis);
    return firstThatFits([lead + gap + catalog.contactGroupAdviceShort(groups), lead], LIMITS.infobar);
  }

  if (subject.topic === "large-audience") {
    const lead = catalog.largeAudience(subject.people, PLAIN.emphasis);
    return firstThatFits([lead + gap + catalog.largeAudienceAdviceShort, lead], LIMITS.infobar);
  }

  const advice = subject.action === "block" ? catalog.blockAdviceShort : catalog.warnAdviceShort;
  // Fullest first: personal addresses said as such (as the alert and the pane say them) and the organisation's
  // name, then without each. A count of organisations is left to the alert: a notice has 150 characters.
  const who = subject.who && subject.who.personal.value > 0 ? subject.who : null;
  const exposure = (organization: string | null, withWho: boolean): string =>
    catalog.exposure({ people: subject.people, who: withWho ? who : null, organization, emphasis: PLAIN.emphasis });
  const leads = [
    ...(who ? [exposure(subject.organization, true), exposure(null, true)] : []),
    exposure(subject.organization, false),
    exposure(null, false),
  ];
  const spread = subject.spread ? catalog.spreadsAgainShort[subject.spread] : null;
  return firstThatFits(
    [
      ...(spread ? leads.map((lead) => lead + gap + spread) : []),
      ...leads.map((lead) => lead + gap + advice),
      ...leads,
    ],
    LIMITS.infobar,
  );
}

/** The notice when the recipients could not be read: it replaces a count nobody could check. */
export function uncheckedInfobarText(language: Language): string {
  return CATALOGS[language].noticeUnchecked;
}
