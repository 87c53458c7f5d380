import type { Catalog } from "../catalog.ts";
import { plural } from "../count.ts";
import type { Count } from "../count.ts";
import { closeSentence, listWith } from "../sentence.ts";

const people = (c: Count): string =>
  `${c.text} ${plural(c, { one: "persona", many: "de personas", other: "personas" })}`;
const entries = (c: Count): string =>
  `${c.text} ${plural(c, { one: "entrada", many: "de entradas", other: "entradas" })}`;
const organizationOr = (organization: string | null): string => organization ?? "su organización";

// "y" becomes "e" before the sound /i/ ("Ana e Inés"), but not before a diphthong ("Ana y Hierro").
const andBefore = (word: string | undefined): string => (/^h?i(?![aeiouáéíóú])/iu.test(word ?? "") ? " e " : " y ");

/** Spanish (formal "usted", as in Outlook). */
export const ES: Catalog = {
  sentenceGap: " ",
  moveToBcc: "Mover a CCO",
  reviewRecipients: "Revisar destinatarios",

  exposure: ({ people: p, who, organization, emphasis }) => {
    const one = p.category === "one";
    const orgs = (o: Count) =>
      `${o.text} ${plural(o, { one: "organización", many: "de organizaciones distintas", other: "organizaciones distintas" })}`;
    const from = !who
      ? ""
      : who.personal.value === 0
        ? `, de ${orgs(who.organisations)},`
        : who.personal.value === p.value
          ? one
            ? ", con dirección personal,"
            : ", con direcciones personales,"
          : who.organisations.value === 0
            ? ` (${who.personal.text} con dirección personal)`
            : ` (${who.personal.text} con dirección personal y el resto de ${orgs(who.organisations)})`;
    const see = one
      ? "vería las direcciones de correo de los demás destinatarios"
      : "verían las direcciones de correo de las demás";
    return `${emphasis(people(p))} ${one ? "externa" : "externas"} a ${organizationOr(organization)}${from} ${see}.`;
  },
  blockAdvice: "No se puede enviar así: muévalas primero a CCO.",
  warnAdvice: "Muévalas a CCO o envíe el mensaje de todos modos si es intencionado.",
  blockAdviceShort: "Muévalas a CCO antes de enviar.",
  warnAdviceShort: "Considere moverlas a CCO.",
  spreadsAgain: {
    "reply-all": "Responder a todos vuelve a enviar todas sus direcciones; si puede, responda solo al remitente.",
    forward: "Reenviarlo así difunde todas sus direcciones todavía más.",
  },
  spreadsAgainShort: {
    "reply-all": "Responder a todos las reenvía: responda solo al remitente.",
    forward: "Este reenvío difunde sus direcciones: use CCO.",
  },

  largeAudience: (p, emphasis) =>
    `Este mensaje va dirigido a ${emphasis(people(p))} en Para y CC; un «Responder a todos» les llegaría a todas.`,
  largeAudienceAdvice: "Considere moverlas a CCO. Puede enviarlo de todos modos.",
  largeAudienceAdviceShort: "Considere usar CCO.",

  sensitive: (organization) =>
    `Este mensaje contiene términos que ${organizationOr(organization)} considera confidenciales, ` +
    "por eso el límite es más bajo.",
  contactGroups: (g, emphasis) =>
    g.category === "one"
      ? `${emphasis("1 grupo de contactos")} en Para o CC mostrará a sus miembros las direcciones de los demás al enviarlo.`
      : `${emphasis(`${g.text} ${plural(g, { one: "grupo", many: "de grupos", other: "grupos" })} de contactos`)} ` +
        "en Para o CC mostrarán a sus miembros las direcciones de los demás al enviarlo.",
  contactGroupAdvice: (g) =>
    g.category === "one"
      ? "Póngalo en CCO, o amplíelo con + y elija Mover a CCO."
      : "Póngalos en CCO, o amplíelos con + y elija Mover a CCO.",
  contactGroupAdviceShort: (g) =>
    g.category === "one" ? "Póngalo en CCO o amplíelo (+)." : "Póngalos en CCO o amplíelos (+).",
  unresolved: (c) =>
    c.category === "one"
      ? `${entries(c)} de Para o CC no es una dirección de correo: revísela.`
      : `${entries(c)} de Para o CC no son direcciones de correo: revíselas.`,
  unresolvedInfobar: (c) =>
    c.category === "one"
      ? `${entries(c)} de Para o CC no es una dirección de correo y no se pudo comprobar.`
      : `${entries(c)} de Para o CC no son direcciones de correo y no se pudieron comprobar.`,
  including: (names, others) =>
    others.value > 0
      ? `Entre ellas: ${names.join(", ")} y ${others.text} más.`
      : closeSentence(`Entre ellas: ${listWith(names, ", ", andBefore(names[names.length - 1]))}`, "."),

  moveImpossible: {
    fieldLimit: (limit) =>
      `Mover a CCO no es posible aquí: Outlook admite ${limit.text} por campo. Envíelo en grupos más pequeños.`,
    groups: "Mover a CCO no puede reescribir un campo con un grupo de contactos: expanda el grupo primero.",
  },
  noticeUnchecked: "BCC Guard no pudo comprobar los destinatarios ahora. Volverá a comprobarlos al enviar.",
  readError: {
    warn:
      "No se pudieron comprobar los destinatarios. Asegúrese de que las personas externas que no deben verse " +
      "entre sí estén en CCO.",
    block:
      "No se pudieron comprobar los destinatarios, así que este mensaje aún no se puede enviar. Vuelva a " +
      "intentarlo en un momento.",
  },

  fields: { to: "Para", cc: "CC", bcc: "CCO" },
  move: {
    moved: (c) => (c.category === "one" ? `Se movió ${people(c)} a CCO.` : `Se movieron ${people(c)} a CCO.`),
    undoHint: "Puede deshacerlo en el panel BCC Guard.",
    senderAddedToTo: "Se añadió su dirección en Para: sin ella, el campo quedaría vacío.",
    cannotMove: (c) =>
      c.category === "one"
        ? `No se pudo mover ${entries(c)}, como un grupo de contactos: revísela.`
        : `No se pudieron mover ${entries(c)}, como grupos de contactos: revíselas.`,
    nothingToMove: "No hay nada que mover: nadie en Para o CC necesita estar en CCO.",
    fieldLimit: (field, wouldHave, limit) =>
      `No se cambió nada: ${field} tendría ${wouldHave.text} destinatarios, más de los ${limit.text} que ` +
      "admite Outlook. Envíe el mensaje en varios lotes.",
    groupsInField: (field, groups, names) => {
      const one = groups.category === "one";
      const which = one
        ? "un grupo de contactos"
        : `${groups.text} ${plural(groups, { one: "grupo", many: "de grupos", other: "grupos" })} de contactos`;
      const named = names.length > 0 ? ` (${names.join(", ")})` : "";
      return (
        `No se cambió nada: ${field} contiene ${which}${named} que no se ${one ? "puede" : "pueden"} reescribir ` +
        `con seguridad. Expánda${one ? "lo" : "los"} y vuelva a intentarlo.`
      );
    },
    failed: {
      read: "No se cambió nada: no se pudieron leer los destinatarios. Inténtelo de nuevo.",
      "add-bcc":
        "No se pudo añadir a CCO. No se quitó a nadie, pero algunos pueden estar ya también en CCO. " +
        "Reintente o deshaga el cambio.",
      "verify-bcc":
        "No se pudo comprobar CCO, así que Para y CC no se modificaron. No se quitó a nadie. " +
        "Reintente o deshaga el cambio.",
      "rewrite-to-cc":
        "El traslado se detuvo a medias. No se quitó a nadie, pero algunos pueden estar en CCO y también en Para " +
        "o CC. Reintente o deshaga el cambio.",
    },
    lost: (c) =>
      `El movimiento se detuvo: ${people(c)} ${plural(c, { one: "no está", other: "no están" })} en Para, CC ni CCO. Deshágalo en el panel BCC Guard.`,
    unchecked: "El movimiento se detuvo y no se pudieron releer los destinatarios. Revise Para, CC y CCO, o deshágalo.",
    restored: (c) => `Primero se volvió a añadir a ${people(c)} de un intento anterior.`,
    noUndo: "No se puede deshacer: la lista es demasiado larga para guardar una copia.",
  },
};
