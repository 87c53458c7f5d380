import type { Catalog } from "../catalog.ts";
import { plural } from "../count.ts";
import type { Count } from "../count.ts";
import { closeSentence, listWith } from "../sentence.ts";

const people = (c: Count): string => `${c.text} ${plural(c, { one: "Person", other: "Personen" })}`;
const entries = (c: Count): string => `${c.text} ${plural(c, { one: "Eintrag", other: "Einträge" })}`;
const privateAddress = (c: Count): string => plural(c, { one: "mit privater Adresse", other: "mit privaten Adressen" });
const outside = (organization: string | null): string =>
  organization === null ? "außerhalb Ihrer Organisation" : `außerhalb von ${organization}`;

/** German (formal "Sie", as in Outlook). */
export const DE: Catalog = {
  sentenceGap: " ",
  moveToBcc: "In Bcc verschieben",
  reviewRecipients: "Empfänger prüfen",

  exposure: ({ people: p, who, organization, emphasis }) => {
    const one = p.category === "one";
    const orgs = (o: Count) => `${o.text} ${plural(o, { one: "Organisation", other: "verschiedenen Organisationen" })}`;
    const from = !who
      ? ""
      : who.personal.value === 0
        ? ` aus ${orgs(who.organisations)}`
        : who.personal.value === p.value
          ? one
            ? " mit privater Adresse"
            : " mit privaten Adressen"
          : who.organisations.value === 0
            ? ` (davon ${who.personal.text} ${privateAddress(who.personal)})`
            : ` (${who.personal.text} ${privateAddress(who.personal)}, die übrigen aus ${orgs(who.organisations)})`;
    const see = one ? "würde die Adressen der anderen Empfänger sehen" : "würden gegenseitig ihre Adressen sehen";
    return `${emphasis(people(p))} ${outside(organization)}${from} ${see}.`;
  },
  blockAdvice: "So kann die Nachricht nicht gesendet werden: Verschieben Sie diese Empfänger zuerst in Bcc.",
  warnAdvice: "Verschieben Sie die Empfänger in Bcc oder senden Sie trotzdem, wenn das so gewollt ist.",
  blockAdviceShort: "Verschieben Sie sie vor dem Senden in Bcc.",
  warnAdviceShort: "Verschieben Sie sie am besten in Bcc.",
  spreadsAgain: {
    "reply-all": "Allen antworten verschickt alle diese Adressen erneut; antworten Sie möglichst nur dem Absender.",
    forward: "So weitergeleitet, verbreiten sich alle diese Adressen noch weiter.",
  },
  spreadsAgainShort: {
    "reply-all": "Allen antworten sendet sie erneut: nur dem Absender antworten.",
    forward: "Diese Weiterleitung verbreitet die Adressen: Bcc nutzen.",
  },

  largeAudience: (p, emphasis) =>
    `Diese Nachricht geht an ${emphasis(people(p))} in „An“ und „Cc“; ein „Allen antworten“ würde alle erreichen.`,
  largeAudienceAdvice: "Erwägen Sie, die Empfänger in Bcc zu verschieben. Sie können trotzdem senden.",
  largeAudienceAdviceShort: "Erwägen Sie Bcc.",

  sensitive: (organization) =>
    `Die Nachricht enthält Begriffe, die ${organization ?? "Ihre Organisation"} als vertraulich einstuft; ` +
    "daher gilt eine niedrigere Grenze.",
  contactGroups: (g, emphasis) =>
    g.category === "one"
      ? `${emphasis("1 Kontaktgruppe")} in „An“ oder „Cc“ zeigt beim Senden allen Mitgliedern die Adressen der anderen.`
      : `${emphasis(`${g.text} Kontaktgruppen`)} in „An“ oder „Cc“ zeigen beim Senden allen Mitgliedern die Adressen der anderen.`,
  contactGroupAdvice: () => "Setzen Sie sie in Bcc, oder erweitern Sie sie mit + und wählen Sie „In Bcc verschieben“.",
  contactGroupAdviceShort: () => "Setzen Sie sie in Bcc oder erweitern Sie sie (+).",
  unresolved: (c) =>
    c.category === "one"
      ? `${entries(c)} in „An“ oder „Cc“ ist keine E-Mail-Adresse: Bitte prüfen Sie ihn.`
      : `${entries(c)} in „An“ oder „Cc“ sind keine E-Mail-Adressen: Bitte prüfen Sie sie.`,
  unresolvedInfobar: (c) =>
    c.category === "one"
      ? `${entries(c)} in „An“ oder „Cc“ ist keine E-Mail-Adresse und konnte nicht geprüft werden.`
      : `${entries(c)} in „An“ oder „Cc“ sind keine E-Mail-Adressen und konnten nicht geprüft werden.`,
  including: (names, others) =>
    others.value > 0
      ? `Darunter: ${names.join(", ")} und ${others.text} weitere.`
      : closeSentence(`Darunter: ${listWith(names, ", ", " und ")}`, "."),

  moveImpossible: {
    fieldLimit: (limit) =>
      `In BCC verschieben geht hier nicht: Outlook erlaubt ${limit.text} pro Feld. Senden Sie in kleineren Gruppen.`,
    groups: "In BCC verschieben kann kein Feld mit Kontaktgruppe umschreiben: Gruppe zuerst erweitern.",
  },
  noticeUnchecked: "BCC Guard konnte die Empfänger gerade nicht prüfen. Beim Senden wird erneut geprüft.",
  readError: {
    warn:
      "Die Empfänger konnten nicht geprüft werden. Achten Sie darauf, dass externe Personen, die sich nicht " +
      "gegenseitig sehen sollen, in Bcc stehen.",
    block:
      "Die Empfänger konnten nicht geprüft werden, daher kann die Nachricht noch nicht gesendet werden. " +
      "Versuchen Sie es gleich noch einmal.",
  },

  fields: { to: "An", cc: "Cc", bcc: "Bcc" },
  move: {
    moved: (c) =>
      c.category === "one" ? `${people(c)} wurde in Bcc verschoben.` : `${people(c)} wurden in Bcc verschoben.`,
    undoHint: "Rückgängig machen können Sie das im BCC Guard-Bereich.",
    senderAddedToTo: "Sie wurden in „An“ eingetragen, damit das Feld nicht leer ist.",
    cannotMove: (c) =>
      c.category === "one"
        ? `${entries(c)}, etwa eine Kontaktgruppe, konnte nicht verschoben werden. Bitte prüfen Sie ihn.`
        : `${entries(c)}, etwa Kontaktgruppen, konnten nicht verschoben werden. Bitte prüfen Sie sie.`,
    nothingToMove: "Nichts zu verschieben: Niemand in „An“ oder „Cc“ muss in Bcc verschoben werden.",
    fieldLimit: (field, wouldHave, limit) =>
      `Nichts wurde geändert: „${field}“ hätte ${wouldHave.text} Empfänger, mehr als die ${limit.text}, ` +
      "die Outlook zulässt. Senden Sie die Nachricht in kleineren Gruppen.",
    groupsInField: (field, groups, names) => {
      const one = groups.category === "one";
      const named = names.length > 0 ? ` (${names.join(", ")})` : "";
      return (
        `Nichts wurde geändert: „${field}“ enthält ${one ? "eine Kontaktgruppe" : `${groups.text} Kontaktgruppen`}` +
        `${named}, die nicht sicher umgeschrieben werden ${one ? "kann" : "können"}. ` +
        "Erweitern Sie sie und versuchen Sie es erneut."
      );
    },
    failed: {
      read: "Nichts wurde geändert: Die Empfänger konnten nicht gelesen werden. Bitte versuchen Sie es erneut.",
      "add-bcc":
        "Das Hinzufügen zu Bcc ist fehlgeschlagen. Niemand wurde entfernt, manche stehen evtl. doppelt. " +
        "Wiederholen oder rückgängig machen.",
      "verify-bcc":
        "Bcc konnte nicht geprüft werden, daher blieben „An“ und „Cc“ unverändert. Niemand wurde entfernt. " +
        "Erneut versuchen oder rückgängig machen.",
      "rewrite-to-cc":
        "Das Verschieben wurde unterbrochen. Niemand wurde entfernt, manche stehen evtl. in Bcc und in „An“ oder „Cc“. " +
        "Wiederholen oder rückgängig machen.",
    },
    lost: (c) =>
      `Abgebrochen: ${people(c)} ${plural(c, { one: "steht", other: "stehen" })} in keinem Feld mehr (An, Cc, Bcc). Im BCC-Guard-Bereich rückgängig machen.`,
    unchecked:
      "Abgebrochen; die Empfänger waren nicht lesbar. Prüfen Sie An, Cc und Bcc oder machen Sie es rückgängig.",
    restored: (c) => `Aus dem letzten Versuch zurückgeholt: ${people(c)}.`,
    noUndo: "Kein Rückgängig: Die Liste ist zu lang für eine Kopie in dieser Nachricht.",
  },
};
