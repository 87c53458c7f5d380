import type { PaneStrings } from "../paneCatalog.ts";
import { paneExposure } from "../paneExposure.ts";
import { sharedPaneSentences } from "../sharedPaneSentences.ts";
import { sanitizeOrganization } from "../sanitizeName.ts";
import { listText, numberText, pluralForm } from "../numbers.ts";

import { DE as ALERTS } from "./alerts.ts";

const n = (value: number) => numberText(value, "de");
const people = (value: number) => `${n(value)} ${pluralForm(value, "de", { one: "Person", other: "Personen" })}`;
// Sentences the alert, the notice or the infobar also say come from ALERTS, through `shared`: translated once.
const say = (...sentences: string[]) => sentences.join(ALERTS.sentenceGap);
const shared = sharedPaneSentences(ALERTS, "de");

/** Dative, as after "aus": "aus 1 externen Organisation", "aus 298 externen Organisationen". */
const fromOrganisations = (value: number) =>
  `${n(value)} ${pluralForm(value, "de", { one: "externen Organisation", other: "externen Organisationen" })}`;
const groups = (value: number) =>
  `${n(value)} ${pluralForm(value, "de", { one: "Kontaktgruppe", other: "Kontaktgruppen" })}`;
const insiders = (value: number) =>
  `${n(value)} ${pluralForm(value, "de", { one: "interne Person", other: "interne Personen" })}`;
const joinClauses = (clauses: string[]) =>
  clauses.length > 1 ? `${clauses.slice(0, -1).join(", ")} und ${clauses[clauses.length - 1]}` : (clauses[0] ?? "");

/** German, formal address ("Sie"), gender-neutral where Outlook's German UI is. */
export const DE_PANE: PaneStrings = {
  language: "de",
  appTitle: "BCC Guard",
  monitorMode:
    "Beobachtungsmodus: Ihre Organisation testet BCC Guard. Es hält fest, was es tun würde, hält beim Senden aber nichts auf und warnt nicht.",
  loading: "Empfänger werden gelesen…",
  readFailed: "BCC Guard konnte die Empfänger dieser Nachricht nicht lesen.",
  notInOutlook:
    "BCC Guard konnte keine Verbindung zu Outlook herstellen. Schließen Sie diesen Bereich, und öffnen Sie ihn erneut über das Menüband.",
  retry: "Wiederholen",
  fields: shared.fields,

  status: {
    ...shared.status,
    safe: "Kann gesendet werden",
    warn: "Warnung",
    block: "Würde blockiert",
    belowLimit: (facts, w) => say(paneExposure(ALERTS, facts, "de"), `Gewarnt wird erst ab ${fromOrganisations(w)}.`),
    sensitive: (w, b, organization) =>
      say(
        ALERTS.sensitive(sanitizeOrganization(organization)),
        `Warnung ab ${fromOrganisations(w)}, Blockierung ab ${n(b)}.`,
      ),
    noRecipients: "Noch keine Empfänger.",
    onlyColleagues: "In „An“ und „Cc“ stehen nur interne Personen.",
    oneParty: "Keine externe Organisation würde die Adressen einer anderen sehen.",
  },

  opened: {
    sendBlock: "Über die Sendewarnung geöffnet: Die Nachricht würde blockiert.",
    sendWarn: "Über die Sendewarnung geöffnet: Die Nachricht sollte vor dem Senden geprüft werden.",
    sendError: "Über die Sendewarnung geöffnet: BCC Guard konnte die Empfänger beim Senden nicht prüfen.",
    infobar: "Über den BCC Guard-Hinweis zu dieser Nachricht geöffnet.",
  },

  counts: {
    heading: "Empfänger",
    inToCc: (o, c) =>
      `In „An“ und „Cc“: ${n(o)} ${pluralForm(o, "de", { one: "externe Person", other: "externe Personen" })} ` +
      `und ${insiders(c)}.`,
  },

  move: {
    ...shared.move,
    preview: ({ moved, kept, keptAreColleagues, senderAddedToTo, cannotMove }) => {
      const clauses = [`Verschiebt ${people(moved)} in Bcc`];
      if (kept > 0) clauses.push(`lässt ${keptAreColleagues ? insiders(kept) : people(kept)} sichtbar`);
      if (senderAddedToTo) clauses.push("trägt Sie in „An“ ein");
      if (cannotMove > 0) clauses.push(`lässt ${groups(cannotMove)} an ihrem Platz`);
      return `${joinClauses(clauses)}.`;
    },
    blockedByGroups: (field, names) =>
      `„In Bcc verschieben“ ist nicht möglich, solange „${field}“ ` +
      `${names.length === 1 ? "die Kontaktgruppe" : "die Kontaktgruppen"} ${listText(names, "de")} enthält. ` +
      `Erweitern Sie sie zuerst (wählen Sie + neben dem Namen), oder entfernen Sie sie.`,
    blockedByLimit: (field, would, limit) =>
      `„In Bcc verschieben“ ist nicht möglich: „${field}“ hätte ${people(would)}, und Outlook erlaubt ${n(limit)} ` +
      `pro Feld. Senden Sie die Nachricht in kleineren Gruppen.`,
    moving: "Wird in Bcc verschoben…",
    undoing: "Wird rückgängig gemacht…",
    slowOutlook:
      "Outlook antwortet langsam. Kommt innerhalb von 15 Sekunden keine Antwort, hält BCC Guard sicher an und sagt, was zu tun ist.",
    progress: (done, total) => `${n(done)} von ${people(total)} werden verschoben…`,
    undoInMemoryOnly: "Rückgängig ist möglich, solange dieser Bereich geöffnet bleibt.",
    unresolvedRefused: (field, names) =>
      `Nichts wurde verschoben: Outlook kann „${field}“ nicht neu schreiben, solange dort ` +
      `${names.length === 1 ? "die Kontaktgruppe" : "die Kontaktgruppen"} ${listText(names, "de")} ` +
      `${names.length === 1 ? "steht" : "stehen"}. Erweitern Sie sie (wählen Sie + neben dem Namen) oder entfernen ` +
      `Sie sie, und versuchen Sie es dann erneut.`,
    failedTitle: "Das Verschieben wurde nicht abgeschlossen",
    failed: {
      read: shared.failedRead,
      "add-bcc":
        "Outlook hat beim Hinzufügen zu Bcc angehalten. Niemand wurde aus „An“ oder „Cc“ entfernt; manche Personen stehen vielleicht schon zusätzlich in Bcc.",
      "verify-bcc": "Nicht alle sind in Bcc angekommen, daher wurde niemand aus „An“ oder „Cc“ entfernt.",
      "rewrite-to-cc":
        "Alle stehen in Bcc, aber Outlook hat beim Aktualisieren von „An“ und „Cc“ angehalten, sodass manche dort noch sichtbar sein können. Niemand ging verloren.",
    },
    failedHint: "Wählen Sie „Wiederholen“, um es abzuschließen, oder „Rückgängig“, um alles zurückzusetzen.",
    lost: (p) =>
      `${people(p)} ${p === 1 ? "steht" : "stehen"} in keinem der Felder An, Cc und Bcc. Wählen Sie „Rückgängig“ oder „Wiederholen“.`,
    unchecked:
      "BCC Guard konnte die Empfänger nicht erneut lesen. Prüfen Sie An, Cc und Bcc, dann „Wiederholen“ oder „Rückgängig“.",
    noUndoAhead: "Die Liste ist zu lang für eine Kopie zum Rückgängigmachen: Ein Verschieben wäre endgültig.",
    clearedAtSend: "Die Kopie für „Rückgängig“ wird beim Senden aus der Nachricht gelöscht.",
    undo: "Rückgängig",
    undone: "„An“, „Cc“ und „Bcc“ sind wieder wie vorher.",
    undoFailedTitle: "Rückgängig wurde nicht abgeschlossen",
    undoFailed: "Niemand wurde entfernt. Wählen Sie erneut „Rückgängig“, um es abzuschließen.",
    nothingToUndo: "Es gibt nichts mehr rückgängig zu machen.",
    earlierMove:
      "„In Bcc verschieben“ wurde für diese Nachricht verwendet. „Rückgängig“ stellt „An“, „Cc“ und „Bcc“ wie vorher wieder her.",
  },

  groups: {
    heading: "Externe Organisationen",
    personal: "Private Adressen",
    personalNote: "Adressen bei privaten Mail-Anbietern (z. B. gmail.com): Jede Person zählt als eigene Organisation.",
    size: (p) => people(p),
    showAll: (g) => `Alle ${n(g)} Gruppen anzeigen`,
    showFewer: "Weniger anzeigen",
    more: (p) => `und ${n(p)} weitere`,
    noneOutside: "In „An“ und „Cc“ stehen keine externen Personen.",
  },

  unresolved: {
    ...shared.unresolved,
    heading: "Kontaktgruppen",
    why: "Outlook kann eine Kontaktgruppe nicht in Bcc verschieben, weil sie keine eigene Adresse hat.",
    unnamed: "(Eintrag ohne Namen)",
  },
};
