import { readAlertFacts } from "./alertFacts.ts";
import type { AlertFacts } from "./alertFacts.ts";
import { CATALOGS } from "./catalogs.ts";
import { plural } from "./count.ts";
import type { Count } from "./count.ts";
import { firstThatFits } from "./fit.ts";
import type { Language } from "./language.ts";
import { LIMITS } from "./limits.ts";

/** What the phone notice is written from: the usual facts, plus whether the phone cut a field short. */
export interface PhoneNoticeFacts extends AlertFacts {
  /**
   * Outlook on Android and iOS returns at most 100 recipients per field: when To or Cc came back full, the
   * counts are only a floor and the notice says "at least". @default false
   */
  countsAreFloors?: boolean;
}

/**
 * The words of the notice on a phone, where there is no task pane, no ribbon button and no check at Send:
 * the notice itself has to say what to do, and that it is the only warning the sender gets.
 */
interface PhoneWords {
  /** "312 people", or "at least 100 people" when the count is a floor. */
  people(c: Count, atLeast: boolean): string;
  /** "312 people outside Contoso would see each other's addresses." (`one` for a single person.) */
  exposure(people: string, one: boolean, organization: string | null): string;
  /** "This message goes to 150 people in To and Cc." */
  largeAudience(people: string): string;
  /** After the exposure: move them, and why now. */
  moveBeforeSending: string;
  moveShort: string;
  /** After a large audience. */
  considerBcc: string;
  /** The verdict found nothing, but To or Cc was cut short, so nothing can be promised. */
  unreadable: string;
}

const NBSP = "\u00a0";

const WORDS: Record<Language, PhoneWords> = {
  en: {
    people: (c, atLeast) => `${atLeast ? "at least " : ""}${c.text} ${plural(c, { one: "person", other: "people" })}`,
    exposure: (p, one, org) =>
      `${capitalise(p)} outside ${org ?? "your organisation"} would see ${one ? "the other recipients'" : "each other's"} addresses.`,
    largeAudience: (p) => `This message goes to ${p} in To and Cc.`,
    moveBeforeSending: "Move them to Bcc now: a phone checks nothing at Send.",
    moveShort: "Move them to Bcc before you send.",
    considerBcc: "Consider Bcc before you send.",
    unreadable: "To or Cc holds more people than BCC Guard can read on a phone. Check that outside people are in Bcc.",
  },
  fr: {
    people: (c, atLeast) =>
      `${atLeast ? "au moins " : ""}${c.text} ${plural(c, { one: "personne", many: "de personnes", other: "personnes" })}`,
    exposure: (p, one, org) =>
      `${capitalise(p)} hors de ${org ?? "votre organisation"} ` +
      `${one ? "verrait les adresses des autres destinataires" : "verraient les adresses des autres"}.`,
    largeAudience: (p) => `Ce message est adressé à ${p} en À et Cc.`,
    moveBeforeSending: `Passez-les en Cci${NBSP}: aucun contrôle à l'envoi sur téléphone.`,
    moveShort: "Déplacez-les en Cci avant l'envoi.",
    considerBcc: "Pensez au Cci avant l'envoi.",
    unreadable:
      "À ou Cc contient plus de personnes que BCC Guard ne peut en lire sur téléphone. Vérifiez que les personnes extérieures sont en Cci.",
  },
  de: {
    people: (c, atLeast) =>
      `${atLeast ? "mindestens " : ""}${c.text} ${plural(c, { one: "Person", other: "Personen" })}`,
    exposure: (p, one, org) =>
      `${capitalise(p)} ${org === null ? "außerhalb Ihrer Organisation" : `außerhalb von ${org}`} ` +
      `${one ? "würde die Adressen der anderen Empfänger sehen" : "würden gegenseitig ihre Adressen sehen"}.`,
    largeAudience: (p) => `Diese Nachricht geht an ${p} in „An“ und „Cc“.`,
    moveBeforeSending: "In Bcc verschieben: Das Handy prüft beim Senden nicht.",
    moveShort: "Verschieben Sie sie vor dem Senden in Bcc.",
    considerBcc: "Erwägen Sie vor dem Senden Bcc.",
    unreadable:
      "„An“ oder „Cc“ enthält mehr Personen, als BCC Guard auf dem Handy lesen kann. Prüfen Sie, ob externe Personen in Bcc stehen.",
  },
  es: {
    people: (c, atLeast) =>
      `${atLeast ? "al menos " : ""}${c.text} ${plural(c, { one: "persona", many: "de personas", other: "personas" })}`,
    exposure: (p, one, org) =>
      `${capitalise(p)} ${one ? "externa" : "externas"} a ${org ?? "su organización"} ` +
      `${one ? "vería las direcciones de los demás destinatarios" : "verían las direcciones de las demás"}.`,
    largeAudience: (p) => `Este mensaje va dirigido a ${p} en Para y CC.`,
    moveBeforeSending: "Muévalas a CCO: el teléfono no comprueba nada al enviar.",
    moveShort: "Muévalas a CCO antes de enviar.",
    considerBcc: "Considere usar CCO antes de enviar.",
    unreadable:
      "Para o CC tiene más personas de las que BCC Guard puede leer en el teléfono. Compruebe que las personas externas estén en CCO.",
  },
  ja: {
    people: (c, atLeast) => `${c.text}人${atLeast ? "以上" : ""}`,
    exposure: (p, one, org) =>
      `${org === null ? "組織外の" : `${org} 外部の`}${p}が、` +
      `${one ? "ほかの宛先のメールアドレスを見られる状態です。" : "互いのメールアドレスを見られる状態です。"}`,
    largeAudience: (p) => `このメッセージは宛先と CC の${p}に送信されます。`,
    moveBeforeSending: "BCC に移動してください。スマートフォンでは送信時に確認されません。",
    moveShort: "送信前に BCC に移動してください。",
    considerBcc: "送信前に BCC をご検討ください。",
    unreadable:
      "宛先または CC の人数が多く、スマートフォンでは BCC Guard が全員を確認できません。社外の人が BCC に入っているか確認してください。",
  },
};

/**
 * The one notice Outlook on a phone shows for BCC Guard, at most `LIMITS.infobar` characters, or `null` when
 * there is nothing to say. It never names a button or a pane (a phone has neither) and never names anyone.
 */
export function phoneNoticeText(facts: PhoneNoticeFacts, language: Language): string | null {
  const words = WORDS[language];
  const catalog = CATALOGS[language];
  const gap = catalog.sentenceGap;
  const subject = readAlertFacts(facts, language);
  const atLeast = facts.countsAreFloors === true;

  // A contact group shows its members each other at Send, on a phone as anywhere: the same words as the desktop
  // notice, whose short advice names no button (put it in Bcc, or expand it).
  const groups = subject.contactGroups;
  const groupNotice = (count: NonNullable<typeof groups>) => {
    const lead = catalog.contactGroups(count, (text) => text);
    return firstThatFits([lead + gap + catalog.contactGroupAdviceShort(count), lead], LIMITS.infobar);
  };
  if (facts.verdict.action === "allow") {
    if (atLeast) return words.unreadable;
    if (groups !== null) return groupNotice(groups);
    if (subject.unresolved === null) return null;
    return firstThatFits(
      [
        catalog.unresolvedInfobar(subject.unresolved, subject.organization),
        catalog.unresolvedInfobar(subject.unresolved, null),
        catalog.unresolved(subject.unresolved),
      ],
      LIMITS.infobar,
    );
  }

  if (subject.topic === "contact-group" && groups !== null) return groupNotice(groups);
  const people = words.people(subject.people, atLeast);
  if (subject.topic === "large-audience") {
    const lead = words.largeAudience(people);
    return firstThatFits([lead + gap + words.considerBcc, lead], LIMITS.infobar);
  }
  const one = subject.people.value === 1 && !atLeast;
  const exposure = (organization: string | null) => words.exposure(people, one, organization);
  return firstThatFits(
    [
      exposure(subject.organization) + gap + words.moveBeforeSending,
      exposure(null) + gap + words.moveBeforeSending,
      exposure(subject.organization) + gap + words.moveShort,
      exposure(null) + gap + words.moveShort,
      exposure(null),
    ],
    LIMITS.infobar,
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
