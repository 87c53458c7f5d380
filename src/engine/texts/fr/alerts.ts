import type { Catalog } from "../catalog.ts";
import { plural } from "../count.ts";
import type { Count } from "../count.ts";
import { closeSentence, listWith } from "../sentence.ts";

// French puts a no-break space before a colon and inside guillemets.
const NBSP = "\u00a0";

const people = (c: Count): string =>
  `${c.text} ${plural(c, { one: "personne", many: "de personnes", other: "personnes" })}`;
const recipients = (c: Count): string =>
  `${c.text} ${plural(c, { one: "destinataire", many: "de destinataires", other: "destinataires" })}`;
const organizationOr = (organization: string | null): string => organization ?? "votre organisation";

/** French. */
export const FR: Catalog = {
  sentenceGap: " ",
  moveToBcc: "Déplacer en Cci",
  reviewRecipients: "Vérifier les destinataires",

  exposure: ({ people: p, who, organization, emphasis }) => {
    const one = p.category === "one";
    const orgs = (o: Count) =>
      `${o.text} ${plural(o, { one: "organisation", many: "d'organisations différentes", other: "organisations différentes" })}`;
    const from = !who
      ? ""
      : who.personal.value === 0
        ? `, ${one ? "issue" : "issues"} de ${orgs(who.organisations)},`
        : who.personal.value === p.value
          ? one
            ? ", avec une adresse personnelle,"
            : ", avec des adresses personnelles,"
          : who.organisations.value === 0
            ? ` (dont ${who.personal.text} avec une adresse personnelle)`
            : ` (dont ${who.personal.text} avec une adresse personnelle, les autres issues de ${orgs(who.organisations)})`;
    const see = one ? "verrait les adresses des autres destinataires" : "verraient les adresses les unes des autres";
    return `${emphasis(people(p))} ${one ? "extérieure" : "extérieures"} à ${organizationOr(organization)}${from} ${see}.`;
  },
  blockAdvice: `Impossible d'envoyer le message en l'état${NBSP}: déplacez-les d'abord en Cci.`,
  warnAdvice: "Déplacez-les en Cci, ou envoyez le message quand même si c'est voulu.",
  blockAdviceShort: "Déplacez-les en Cci avant l'envoi.",
  warnAdviceShort: "Pensez à les déplacer en Cci.",
  spreadsAgain: {
    "reply-all": `Répondre à tous renvoie toutes leurs adresses${NBSP}; si possible, répondez seulement à l'expéditeur.`,
    forward: "Transférer le message ainsi diffuse toutes leurs adresses encore plus loin.",
  },
  spreadsAgainShort: {
    "reply-all": `Répondre à tous les renvoie${NBSP}: répondez à l'expéditeur seul.`,
    forward: `Ce transfert diffuse leurs adresses${NBSP}: utilisez Cci.`,
  },

  largeAudience: (p, emphasis) =>
    `Ce message est adressé à ${emphasis(people(p))} en À et Cc${NBSP}: un «${NBSP}Répondre à tous${NBSP}» ` +
    "les atteindrait toutes.",
  largeAudienceAdvice: "Pensez à les déplacer en Cci. Vous pouvez tout de même envoyer le message.",
  largeAudienceAdviceShort: "Pensez au Cci.",

  sensitive: (organization) =>
    `Ce message contient des termes que ${organizationOr(organization)} considère comme sensibles${NBSP}: ` +
    "la limite est donc plus basse.",
  contactGroups: (g, emphasis) =>
    g.category === "one"
      ? `${emphasis("1 groupe de contacts")} en À ou Cc montrera à ses membres les adresses des autres à l'envoi.`
      : `${emphasis(`${g.text} ${plural(g, { one: "groupe", many: "de groupes", other: "groupes" })} de contacts`)} ` +
        "en À ou Cc montreront à leurs membres les adresses des autres à l'envoi.",
  contactGroupAdvice: (g) =>
    g.category === "one"
      ? "Mettez-le en Cci, ou développez-le avec + puis choisissez Déplacer en Cci."
      : "Mettez-les en Cci, ou développez-les avec + puis choisissez Déplacer en Cci.",
  contactGroupAdviceShort: (g) =>
    g.category === "one" ? "Mettez-le en Cci ou développez-le (+)." : "Mettez-les en Cci ou développez-les (+).",
  unresolved: (c) =>
    c.category === "one"
      ? `${recipients(c)} en À ou Cc n'est pas une adresse e-mail${NBSP}: vérifiez-le.`
      : `${recipients(c)} en À ou Cc ne sont pas des adresses e-mail${NBSP}: vérifiez-les.`,
  unresolvedInfobar: (c) =>
    c.category === "one"
      ? `${recipients(c)} en À ou Cc n'est pas une adresse e-mail et n'a pas pu être vérifié.`
      : `${recipients(c)} en À ou Cc ne sont pas des adresses e-mail et n'ont pas pu être vérifiés.`,
  including: (names, others) =>
    others.value > 0
      ? `Notamment${NBSP}: ${names.join(", ")} et ${others.text} ${plural(others, {
          one: "autre",
          many: "d'autres",
          other: "autres",
        })}.`
      : closeSentence(`Notamment${NBSP}: ${listWith(names, ", ", " et ")}`, "."),

  moveImpossible: {
    fieldLimit: (limit) =>
      `Déplacer en Cci est impossible ici${NBSP}: Outlook accepte ${limit.text} destinataires par champ. Envoyez par lots.`,
    groups: `Déplacer en Cci ne peut pas réécrire un champ avec une liste de contacts${NBSP}: développez-la d'abord.`,
  },
  noticeUnchecked: `BCC Guard n'a pas pu vérifier les destinataires. Il vérifiera de nouveau à l'envoi.`,
  readError: {
    warn:
      "Les destinataires n'ont pas pu être vérifiés. Assurez-vous que les personnes extérieures qui ne doivent " +
      "pas se voir sont en Cci.",
    block: `Les destinataires n'ont pas pu être vérifiés${NBSP}: ce message ne peut pas encore partir. Réessayez dans un instant.`,
  },

  fields: { to: "À", cc: "Cc", bcc: "Cci" },
  move: {
    moved: (c) =>
      c.category === "one" ? `${people(c)} a été déplacée en Cci.` : `${people(c)} ont été déplacées en Cci.`,
    undoHint: "Annulez-le depuis le volet BCC Guard.",
    senderAddedToTo: "Votre adresse a été ajoutée en À pour que ce champ ne reste pas vide.",
    cannotMove: (c) =>
      c.category === "one"
        ? `${recipients(c)}, un groupe de contacts par exemple, n'a pas pu être déplacé${NBSP}: vérifiez-le.`
        : `${recipients(c)}, des groupes de contacts par exemple, n'ont pas pu être déplacés${NBSP}: vérifiez-les.`,
    nothingToMove: `Rien à déplacer${NBSP}: aucun destinataire en À ou Cc n'a besoin d'être en Cci.`,
    fieldLimit: (field, wouldHave, limit) =>
      `Rien n'a été modifié${NBSP}: ${field} compterait ${recipients(wouldHave)}, au-delà des ${limit.text} ` +
      "permis par Outlook. Envoyez le message en plusieurs fois.",
    groupsInField: (field, groups, names) => {
      const one = groups.category === "one";
      const which = one
        ? "un groupe de contacts"
        : `${groups.text} ${plural(groups, { one: "groupe", many: "de groupes", other: "groupes" })} de contacts`;
      const named = names.length > 0 ? ` (${names.join(", ")})` : "";
      return (
        `Rien n'a été modifié${NBSP}: ${field} contient ${which}${named} impossible${one ? "" : "s"} à réécrire ` +
        `sans risque. Développez-${one ? "le" : "les"}, puis réessayez.`
      );
    },
    failed: {
      read: `Rien n'a été modifié${NBSP}: les destinataires n'ont pas pu être lus. Réessayez.`,
      "add-bcc":
        "L'ajout en Cci a échoué. Personne n'a été retiré, mais certains sont peut-être déjà aussi en Cci. " +
        "Réessayez ou annulez.",
      "verify-bcc":
        `Le champ Cci n'a pas pu être vérifié${NBSP}: À et Cc n'ont pas été modifiés. Personne n'a été retiré. ` +
        "Réessayez ou annulez.",
      "rewrite-to-cc":
        "Le déplacement s'est interrompu. Personne n'a été retiré, mais certains sont peut-être à la fois en Cci " +
        "et en À ou Cc. Réessayez ou annulez.",
    },
    lost: (c) =>
      `Déplacement interrompu${NBSP}: ${people(c)} ${plural(c, { one: "ne figure", other: "ne figurent" })} plus dans À, Cc ni Cci. Annulez dans le volet BCC Guard.`,
    unchecked: `Déplacement interrompu, destinataires illisibles. Vérifiez À, Cc et Cci, ou annulez dans le volet BCC Guard.`,
    restored: (c) => `D'abord, remise en place après un essai précédent${NBSP}: ${people(c)}.`,
    noUndo: `Pas d'annulation possible${NBSP}: la liste est trop longue pour en garder une copie.`,
  },
};
