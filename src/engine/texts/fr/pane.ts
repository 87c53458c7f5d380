import type { PaneStrings } from "../paneCatalog.ts";
import { paneExposure } from "../paneExposure.ts";
import { sharedPaneSentences } from "../sharedPaneSentences.ts";
import { sanitizeOrganization } from "../sanitizeName.ts";
import { listText, numberText, pluralForm } from "../numbers.ts";

import { FR as ALERTS } from "./alerts.ts";

const n = (value: number) => numberText(value, "fr");
const people = (value: number) =>
  `${n(value)} ${pluralForm(value, "fr", { one: "personne", other: "personnes", many: "de personnes" })}`;
const organisations = (value: number) =>
  `${n(value)} ${pluralForm(value, "fr", {
    one: "organisation externe",
    other: "organisations externes",
    many: "d'organisations externes",
  })}`;
const groups = (value: number) =>
  `${n(value)} ${pluralForm(value, "fr", {
    one: "groupe de contacts",
    other: "groupes de contacts",
    many: "de groupes de contacts",
  })}`;
const colleagues = (value: number) => `${n(value)} ${pluralForm(value, "fr", { one: "collègue", other: "collègues" })}`;
// Sentences the alert, the notice or the infobar also say come from ALERTS, through `shared`: translated once.
const say = (...sentences: string[]) => sentences.join(ALERTS.sentenceGap);
const shared = sharedPaneSentences(ALERTS, "fr");

const joinClauses = (clauses: string[]) =>
  clauses.length > 1 ? `${clauses.slice(0, -1).join(", ")} et ${clauses[clauses.length - 1]}` : (clauses[0] ?? "");

/** French: the typographic space before ":" and ";" is a narrow no-break space, as Outlook's French UI writes it. */
export const FR_PANE: PaneStrings = {
  language: "fr",
  appTitle: "BCC Guard",
  monitorMode:
    "Mode observation\u00a0: votre organisation essaie BCC Guard. Il note ce qu'il ferait, mais n'arrête ni n'avertit à l'envoi.",
  loading: "Lecture des destinataires…",
  readFailed: "BCC Guard n'a pas pu lire les destinataires de ce message.",
  notInOutlook: "BCC Guard n'a pas pu se connecter à Outlook. Fermez ce volet et rouvrez-le depuis le ruban.",
  retry: "Réessayer",
  fields: shared.fields,

  status: {
    ...shared.status,
    safe: "Envoi sans risque",
    warn: "Avertissement",
    block: "Serait bloqué",
    belowLimit: (facts, w) => say(paneExposure(ALERTS, facts, "fr"), `C'est sous la limite de ${organisations(w)}.`),
    sensitive: (w, b, organization) =>
      say(
        ALERTS.sensitive(sanitizeOrganization(organization)),
        `Avertissement à partir de ${organisations(w)}, blocage à partir de ${n(b)}.`,
      ),
    noRecipients: "Aucun destinataire pour l'instant.",
    onlyColleagues: "Seuls des collègues sont dans À et Cc.",
    oneParty: "Aucune organisation externe ne verrait les adresses d'une autre.",
  },

  opened: {
    sendBlock: "Ouvert depuis l'alerte d'envoi\u00a0: le message serait bloqué.",
    sendWarn: "Ouvert depuis l'alerte d'envoi\u00a0: le message mérite une vérification avant de partir.",
    sendError:
      "Ouvert depuis l'alerte d'envoi\u00a0: BCC Guard n'a pas pu vérifier les destinataires quand vous avez sélectionné Envoyer.",
    infobar: "Ouvert depuis la notification BCC Guard de ce message.",
  },

  counts: {
    heading: "Destinataires",
    inToCc: (o, c) =>
      `Dans À et Cc\u00a0: ${n(o)} ${pluralForm(o, "fr", { one: "personne externe", other: "personnes externes" })} ` +
      `et ${colleagues(c)}.`,
  },

  move: {
    ...shared.move,
    preview: ({ moved, kept, keptAreColleagues, senderAddedToTo, cannotMove }) => {
      const clauses = [`Déplace ${people(moved)} en Cci`];
      if (kept > 0) {
        const visible = pluralForm(kept, "fr", { one: "visible", other: "visibles" });
        clauses.push(`laisse ${keptAreColleagues ? colleagues(kept) : people(kept)} ${visible}`);
      }
      if (senderAddedToTo) clauses.push("vous place dans À");
      if (cannotMove > 0)
        clauses.push(`laisse ${groups(cannotMove)} ${cannotMove === 1 ? "à sa place" : "à leur place"}`);
      return `${joinClauses(clauses)}.`;
    },
    blockedByGroups: (field, names) =>
      names.length === 1
        ? `«\u00a0Déplacer en Cci\u00a0» ne peut pas s'exécuter tant que ${field} contient le groupe de contacts ` +
          `${listText(names, "fr")}\u00a0: développez-le (sélectionnez + à côté de son nom) ou supprimez-le d'abord.`
        : `«\u00a0Déplacer en Cci\u00a0» ne peut pas s'exécuter tant que ${field} contient les groupes de contacts ` +
          `${listText(names, "fr")}\u00a0: développez-les (sélectionnez + à côté de chaque nom) ou supprimez-les d'abord.`,
    blockedByLimit: (field, would, limit) =>
      `«\u00a0Déplacer en Cci\u00a0» ne peut pas s'exécuter\u00a0: ${field} contiendrait ${people(would)}, et Outlook en ` +
      `accepte ${n(limit)} par champ. Envoyez le message en plusieurs fois.`,
    moving: "Déplacement en Cci…",
    undoing: "Annulation…",
    slowOutlook:
      "Outlook tarde à répondre. S'il ne répond pas dans les 15 secondes, BCC Guard s'arrête sans rien perdre et indique quoi faire.",
    progress: (done, total) => `Déplacement de ${n(done)} ${total === 1 ? "personne" : "personnes"} sur ${n(total)}…`,
    undoInMemoryOnly: "L'annulation reste possible tant que ce volet est ouvert.",
    unresolvedRefused: (field, names) =>
      names.length === 1
        ? `Rien n'a été déplacé\u00a0: Outlook ne peut pas réécrire ${field} tant qu'il contient le groupe de contacts ` +
          `${listText(names, "fr")}. Développez-le (sélectionnez + à côté de son nom) ou supprimez-le, puis réessayez.`
        : `Rien n'a été déplacé\u00a0: Outlook ne peut pas réécrire ${field} tant qu'il contient les groupes de contacts ` +
          `${listText(names, "fr")}. Développez-les (sélectionnez + à côté de chaque nom) ou supprimez-les, puis réessayez.`,
    failedTitle: "Le déplacement ne s'est pas terminé",
    failed: {
      read: shared.failedRead,
      "add-bcc":
        "Outlook s'est arrêté pendant l'ajout en Cci. Personne n'a été retiré de À ou Cc\u00a0; certaines personnes sont peut-être déjà aussi en Cci.",
      "verify-bcc": "Tout le monde n'est pas arrivé en Cci, donc personne n'a été retiré de À ou Cc.",
      "rewrite-to-cc":
        "Tout le monde est en Cci, mais Outlook s'est arrêté pendant la mise à jour de À et Cc\u00a0: certaines personnes y sont peut-être encore visibles. Personne n'a été perdu.",
    },
    failedHint: "Sélectionnez Réessayer pour terminer, ou Annuler pour tout remettre comme avant.",
    lost: (p) =>
      `${people(p)} ne ${p === 1 ? "figure" : "figurent"} plus dans À, Cc ni Cci. Sélectionnez Annuler pour tout remettre, ou Réessayer.`,
    unchecked:
      "BCC Guard n'a pas pu relire les destinataires. Vérifiez À, Cc et Cci, puis sélectionnez Réessayer ou Annuler.",
    noUndoAhead:
      "Liste trop longue pour garder une copie d'annulation\u00a0: un déplacement ne pourrait pas être annulé.",
    clearedAtSend: "La copie utilisée par Annuler est supprimée du message à l'envoi.",
    undo: "Annuler",
    undone: "À, Cc et Cci sont revenus comme avant.",
    undoFailedTitle: "L'annulation ne s'est pas terminée",
    undoFailed: "Personne n'a été retiré. Sélectionnez de nouveau Annuler pour terminer.",
    nothingToUndo: "Il n'y a plus rien à annuler.",
    earlierMove: "«\u00a0Déplacer en Cci\u00a0» a été utilisé sur ce message. Annuler remet À, Cc et Cci comme avant.",
  },

  groups: {
    heading: "Organisations externes",
    personal: "Adresses personnelles",
    personalNote:
      "Adresses chez des fournisseurs de messagerie grand public (comme gmail.com)\u00a0: chaque personne compte comme une organisation.",
    size: (p) => people(p),
    showAll: (g) => `Afficher les ${n(g)} groupes`,
    showFewer: "Afficher moins",
    more: (p) => `et ${n(p)} de plus`,
    noneOutside: "Personne d'externe dans À ou Cc.",
  },

  unresolved: {
    ...shared.unresolved,
    heading: "Groupes de contacts",
    why: "Outlook ne peut pas déplacer un groupe de contacts en Cci, car il n'a pas d'adresse unique.",
    unnamed: "(entrée sans nom)",
  },
};
