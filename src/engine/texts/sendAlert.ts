import { readAlertFacts } from "./alertFacts.ts";
import type { AlertFacts, AlertSubject } from "./alertFacts.ts";
import type { Catalog } from "./catalog.ts";
import { CATALOGS } from "./catalogs.ts";
import { count } from "./count.ts";
import { firstThatFits } from "./fit.ts";
import type { Language } from "./language.ts";
import { LIMITS } from "./limits.ts";
import { nameChoices } from "./nameChoices.ts";
import { MARKDOWN, PLAIN } from "./textStyle.ts";
import type { TextStyle } from "./textStyle.ts";

/** What the send handler passes to `event.completed` besides the decision itself. */
export interface SendAlertTexts {
  /** Plain text, for clients without Markdown. At most `LIMITS.errorMessage`. */
  errorMessage: string;
  /** The same in Outlook's Markdown subset. At most `LIMITS.errorMessageMarkdown`. */
  errorMessageMarkdown: string;
  /** "Move to Bcc" in the language. At most `LIMITS.cancelLabel`. */
  cancelLabel: string;
}

/**
 * The Smart Alert for a "warn" or "block" verdict (an "allow" gets warning texts, which nobody will see).
 * Each text holds as much as fits Outlook's limit: all notes and a few names when possible, fewer otherwise.
 */
export function sendAlertTexts(facts: AlertFacts, language: Language): SendAlertTexts {
  const catalog = CATALOGS[language];
  const subject = readAlertFacts(facts, language);
  return {
    errorMessage: firstThatFits(alertCandidates(subject, catalog, PLAIN, language), LIMITS.errorMessage),
    errorMessageMarkdown: firstThatFits(
      alertCandidates(subject, catalog, MARKDOWN, language),
      LIMITS.errorMessageMarkdown,
    ),
    cancelLabel: catalog.moveToBcc,
  };
}

/** The alert when the recipients could not be read, as `policy.onError` says. */
export function errorAlertTexts(onError: "warn" | "block", language: Language): SendAlertTexts {
  const catalog = CATALOGS[language];
  const message = catalog.readError[onError];
  return { errorMessage: message, errorMessageMarkdown: message, cancelLabel: catalog.moveToBcc };
}

interface Detail {
  /** Say that a reply-all or forward sends the list out again. */
  spread: boolean;
  parties: boolean;
  organization: boolean;
  unresolved: boolean;
  sensitive: boolean;
  /** The contact-group sentence and advice when another rule decided (kept longest: it says what to do). */
  groups: boolean;
}

// From the fullest alert to the barest; the first level that fits (with as many names as fit) wins.
// The reply-all warning outlives every detail but the last resort: it is what the sender can act on.
const DETAIL_LEVELS: readonly Detail[] = [
  { spread: true, parties: true, organization: true, unresolved: true, sensitive: true, groups: true },
  { spread: true, parties: false, organization: true, unresolved: true, sensitive: true, groups: true },
  { spread: true, parties: false, organization: false, unresolved: true, sensitive: true, groups: true },
  { spread: true, parties: false, organization: false, unresolved: false, sensitive: true, groups: true },
  { spread: true, parties: false, organization: false, unresolved: false, sensitive: false, groups: true },
  { spread: false, parties: false, organization: false, unresolved: false, sensitive: false, groups: true },
  { spread: false, parties: false, organization: false, unresolved: false, sensitive: false, groups: false },
];

function* alertCandidates(
  subject: AlertSubject,
  catalog: Catalog,
  style: TextStyle,
  language: Language,
): Generator<string> {
  for (const detail of DETAIL_LEVELS) {
    for (const names of nameChoices(subject.names))
      yield composeAlert(subject, detail, names, catalog, style, language);
  }
}

function composeAlert(
  subject: AlertSubject,
  detail: Detail,
  names: readonly string[],
  catalog: Catalog,
  style: TextStyle,
  language: Language,
): string {
  const organization =
    detail.organization && subject.organization !== null ? style.literal(subject.organization) : null;
  const groups = subject.contactGroups;
  const blocked = subject.moveBlocked;
  // Where Move to Bcc cannot work, the advice says what to do instead of pointing at a button that is not there.
  const instead = !blocked
    ? null
    : blocked.reason === "groups"
      ? catalog.moveImpossible.groups
      : catalog.moveImpossible.fieldLimit(blocked.limit);
  const lead =
    subject.topic === "contact-group" && groups
      ? [catalog.contactGroups(groups, style.emphasis), catalog.contactGroupAdvice(groups)]
      : subject.topic === "large-audience"
        ? [catalog.largeAudience(subject.people, style.emphasis), instead ?? catalog.largeAudienceAdvice]
        : [
            catalog.exposure({
              people: subject.people,
              who: detail.parties ? subject.who : null,
              organization,
              emphasis: style.emphasis,
            }),
            ...(detail.spread && subject.spread ? [catalog.spreadsAgain[subject.spread]] : []),
            instead ?? (subject.action === "block" ? catalog.blockAdvice : catalog.warnAdvice),
          ];
  const paragraphs = [lead.join(catalog.sentenceGap)];
  if (detail.groups && groups && subject.topic !== "contact-group")
    paragraphs.push(
      [catalog.contactGroups(groups, style.emphasis), catalog.contactGroupAdvice(groups)].join(catalog.sentenceGap),
    );
  if (detail.sensitive && subject.sensitive) paragraphs.push(catalog.sensitive(organization));
  if (detail.unresolved && subject.unresolved) paragraphs.push(catalog.unresolved(subject.unresolved));
  if (names.length > 0 && subject.people.value > 0) {
    const others = count(subject.people.value - names.length, language);
    paragraphs.push(catalog.including(names.map(style.literal), others));
  }
  return paragraphs.join(style.newLine);
}
