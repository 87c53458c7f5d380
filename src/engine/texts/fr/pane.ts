import type { ExposureFacts, PaneStrings } from "../paneCatalog.ts";
import { listText, numberText, pluralForm } from "../numbers.ts";

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
/** Who would see each other: personal addresses said as such, never as organisations of one person. */
const outsiders = ({ people: p, organisations: o, personal }: ExposureFacts) => {
  if (personal === 0 && o > 0) return `${people(p)} de ${organisations(o)}`;
  if (o === 0 && personal === p) return `${people(p)} ayant une adresse personnelle`;
  if (o === 0) return `${people(p)} extérieures`;
  return `${people(p)} (${n(personal)} avec une adresse personnelle, les autres de ${organisations(o)})`;
};
const joinClauses = (clauses: string[]) =>
  clauses.length > 1 ? `${clauses.slice(0, -1).join(", ")} et ${clauses[clauses.length - 1]}` : (clauses[0] ?? "");

/** French: the typographic space before ":" and ";" is a narrow no-break space, as Outlook's French UI writes it. */
export const FR_PANE: PaneStrings = {
  language: "fr",
  appTitle: "BCC Guard",
  monitorMode:
    "Mode observation\u202f: votre organisation essaie BCC Guard. Il note ce qu'il ferait, mais n'arrête ni n'avertit à l'envoi.",
  loading: "Lecture des destinataires…",
  readFailed: "BCC Guard n'a pas pu lire les destinataires de ce message.",
  notInOutlook: "BCC Guard n'a pas pu se connecter à Outlook. Fermez ce volet et rouvrez-le depuis le ruban.",
  retry: "Réessayer",
  fields: { to: "À", cc: "Cc", bcc: "Cci" },

  status: {
    safe: "Envoi sans risque",
    warn: "Avertissement",
    block: "Serait bloqué",
    exposure: (facts) => `${outsiders(facts)} verraient les adresses les unes des autres.`,
    belowLimit: (facts, w) =>
      `${outsiders(facts)} verraient les adresses les unes des autres, sous la limite de ${n(w)}.`,
    largeAudience: (p) => `${people(p)} sont dans À et Cc, donc une réponse à tous les atteindrait toutes.`,
    sensitive: (w, b) =>
      `Ce message contient des mots que votre organisation considère comme sensibles, donc des limites plus ` +
      `strictes s'appliquent\u202f: avertissement à partir de ${organisations(w)}, blocage à partir de ${n(b)}.`,
    noRecipients: "Aucun destinataire pour l'instant.",
    onlyColleagues: "Seuls des collègues sont dans À et Cc.",
    oneParty: "Aucune organisation externe ne verrait les adresses d'une autre.",
    blockAdvice: "Il ne pourra pas partir tant qu'elles ne seront pas en Cci.",
    warnAdvice: "Vous pouvez l'envoyer, mais Cci est plus sûr.",
  },

  opened: {
    sendBlock: "Ouvert depuis l'alerte d'envoi\u202f: le message serait bloqué.",
    sendWarn: "Ouvert depuis l'alerte d'envoi\u202f: le message mérite une vérification avant de partir.",
    sendError:
      "Ouvert depuis l'alerte d'envoi\u202f: BCC Guard n'a pas pu vérifier les destinataires quand vous avez sélectionné Envoyer.",
    infobar: "Ouvert depuis la notification BCC Guard de ce message.",
  },

  counts: {
    heading: "Destinataires",
    inToCc: (o, c) =>
      `Dans À et Cc\u202f: ${n(o)} ${pluralForm(o, "fr", { one: "personne externe", other: "personnes externes" })} ` +
      `et ${colleagues(c)}.`,
  },

  move: {
    button: "Déplacer en Cci",
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
    nothingToMove: "Il n'y a personne d'externe à déplacer dans À ou Cc.",
    blockedByGroups: (field, names) =>
      names.length === 1
        ? `«\u202fDéplacer en Cci\u202f» ne peut pas s'exécuter tant que ${field} contient le groupe de contacts ` +
          `${listText(names, "fr")}\u202f: développez-le (sélectionnez + à côté de son nom) ou supprimez-le d'abord.`
        : `«\u202fDéplacer en Cci\u202f» ne peut pas s'exécuter tant que ${field} contient les groupes de contacts ` +
          `${listText(names, "fr")}\u202f: développez-les (sélectionnez + à côté de chaque nom) ou supprimez-les d'abord.`,
    blockedByLimit: (field, would, limit) =>
      `«\u202fDéplacer en Cci\u202f» ne peut pas s'exécuter\u202f: ${field} contiendrait ${people(would)}, et Outlook en ` +
      `accepte ${n(limit)} par champ. Envoyez le message en plusieurs fois.`,
    moving: "Déplacement en Cci…",
    undoing: "Annulation…",
    slowOutlook:
      "Outlook tarde à répondre. S'il ne répond pas dans les 15 secondes, BCC Guard s'arrête sans rien perdre et indique quoi faire.",
    progress: (done, total) => `Déplacement de ${n(done)} ${total === 1 ? "personne" : "personnes"} sur ${n(total)}…`,
    moved: (p) => `${people(p)} ${p === 1 ? "déplacée" : "déplacées"} en Cci.`,
    senderAdded: "Vous figurez maintenant dans À pour que le message garde un destinataire.",
    cannotMoveLeft: (e) =>
      e === 1 ? "1 groupe de contacts est resté à sa place." : `${groups(e)} sont restés à leur place.`,
    undoInMemoryOnly: "L'annulation reste possible tant que ce volet est ouvert.",
    nothingMoved: "Rien n'a été déplacé\u202f: il n'y avait personne d'externe dans À ou Cc.",
    fieldLimit: (field, would, limit) =>
      `Rien n'a été déplacé\u202f: ${field} contiendrait ${people(would)}, et Outlook en accepte ${n(limit)} par champ. ` +
      `Envoyez le message en plusieurs fois.`,
    unresolvedRefused: (field, names) =>
      names.length === 1
        ? `Rien n'a été déplacé\u202f: Outlook ne peut pas réécrire ${field} tant qu'il contient le groupe de contacts ` +
          `${listText(names, "fr")}. Développez-le (sélectionnez + à côté de son nom) ou supprimez-le, puis réessayez.`
        : `Rien n'a été déplacé\u202f: Outlook ne peut pas réécrire ${field} tant qu'il contient les groupes de contacts ` +
          `${listText(names, "fr")}. Développez-les (sélectionnez + à côté de chaque nom) ou supprimez-les, puis réessayez.`,
    failedTitle: "Le déplacement ne s'est pas terminé",
    failed: {
      read: "BCC Guard n'a pas pu lire les destinataires\u202f: rien n'a été modifié.",
      "add-bcc":
        "Outlook s'est arrêté pendant l'ajout en Cci. Personne n'a été retiré de À ou Cc\u202f; certaines personnes sont peut-être déjà aussi en Cci.",
      "verify-bcc": "Tout le monde n'est pas arrivé en Cci, donc personne n'a été retiré de À ou Cc.",
      "rewrite-to-cc":
        "Tout le monde est en Cci, mais Outlook s'est arrêté pendant la mise à jour de À et Cc\u202f: certaines personnes y sont peut-être encore visibles. Personne n'a été perdu.",
    },
    failedHint: "Sélectionnez Réessayer pour terminer, ou Annuler pour tout remettre comme avant.",
    lost: (p) =>
      `${people(p)} ne ${p === 1 ? "figure" : "figurent"} plus dans À, Cc ni Cci. Sélectionnez Annuler pour tout remettre, ou Réessayer.`,
    unchecked:
      "BCC Guard n'a pas pu relire les destinataires. Vérifiez À, Cc et Cci, puis sélectionnez Réessayer ou Annuler.",
    restored: (p) =>
      `${people(p)} omise${p === 1 ? "" : "s"} lors d'un essai précédent ${p === 1 ? "a" : "ont"} d'abord été remise${p === 1 ? "" : "s"}.`,
    noUndo: "Ce déplacement ne peut pas être annulé\u202f: la liste est trop longue pour en garder une copie.",
    noUndoAhead:
      "Liste trop longue pour garder une copie d'annulation\u202f: un déplacement ne pourrait pas être annulé.",
    clearedAtSend: "La copie utilisée par Annuler est supprimée du message à l'envoi.",
    undo: "Annuler",
    undone: "À, Cc et Cci sont revenus comme avant.",
    undoFailedTitle: "L'annulation ne s'est pas terminée",
    undoFailed: "Personne n'a été retiré. Sélectionnez de nouveau Annuler pour terminer.",
    nothingToUndo: "Il n'y a plus rien à annuler.",
    earlierMove: "«\u202fDéplacer en Cci\u202f» a été utilisé sur ce message. Annuler remet À, Cc et Cci comme avant.",
  },

  groups: {
    heading: "Organisations externes",
    personal: "Adresses personnelles",
    personalNote:
      "Adresses chez des fournisseurs de messagerie grand public (comme gmail.com)\u202f: chaque personne compte comme une organisation.",
    size: (p) => people(p),
    showAll: (g) => `Afficher les ${n(g)} groupes`,
    showFewer: "Afficher moins",
    more: (p) => `et ${n(p)} de plus`,
    noneOutside: "Personne d'externe dans À ou Cc.",
  },

  unresolved: {
    heading: "Groupes de contacts",
    why: "Outlook ne peut pas déplacer un groupe de contacts en Cci, car il n'a pas d'adresse unique.",
    what: "Ses membres verront les adresses des autres. Mettez-le en Cci, ou développez-le dans À ou Cc (sélectionnez + à côté de son nom) puis choisissez Déplacer en Cci.",
    unnamed: "(entrée sans nom)",
  },
};
