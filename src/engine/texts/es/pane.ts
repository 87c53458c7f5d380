import type { PaneStrings } from "../paneCatalog.ts";
import { paneExposure } from "../paneExposure.ts";
import { sharedPaneSentences } from "../sharedPaneSentences.ts";
import { sanitizeOrganization } from "../sanitizeName.ts";
import { listText, numberText, pluralForm } from "../numbers.ts";

import { ES as ALERTS } from "./alerts.ts";

const n = (value: number) => numberText(value, "es");
const people = (value: number) =>
  `${n(value)} ${pluralForm(value, "es", { one: "persona", other: "personas", many: "de personas" })}`;
const organisations = (value: number) =>
  `${n(value)} ${pluralForm(value, "es", {
    one: "organización externa",
    other: "organizaciones externas",
    many: "de organizaciones externas",
  })}`;
const groups = (value: number) =>
  `${n(value)} ${pluralForm(value, "es", {
    one: "grupo de contactos",
    other: "grupos de contactos",
    many: "de grupos de contactos",
  })}`;
const insiders = (value: number) =>
  `${n(value)} ${pluralForm(value, "es", { one: "persona interna", other: "personas internas", many: "de personas internas" })}`;
// Sentences the alert, the notice or the infobar also say come from ALERTS, through `shared`: translated once.
const say = (...sentences: string[]) => sentences.join(ALERTS.sentenceGap);
const shared = sharedPaneSentences(ALERTS, "es");

const joinClauses = (clauses: string[]) =>
  clauses.length > 1 ? `${clauses.slice(0, -1).join(", ")} y ${clauses[clauses.length - 1]}` : (clauses[0] ?? "");

/** Spanish, formal address ("usted"), with Outlook's field names (Para, CC, CCO). */
export const ES_PANE: PaneStrings = {
  language: "es",
  appTitle: "BCC Guard",
  monitorMode:
    "Modo de observación: su organización está probando BCC Guard. Registra lo que haría, pero no detiene ni avisa al enviar.",
  loading: "Leyendo los destinatarios…",
  readFailed: "BCC Guard no pudo leer los destinatarios de este mensaje.",
  notInOutlook: "BCC Guard no pudo conectarse con Outlook. Cierre este panel y vuelva a abrirlo desde la cinta.",
  retry: "Reintentar",
  fields: shared.fields,

  status: {
    ...shared.status,
    safe: "Se puede enviar",
    warn: "Advertencia",
    block: "Se bloquearía",
    belowLimit: (facts, w) =>
      say(paneExposure(ALERTS, facts, "es"), `Está por debajo del límite de ${organisations(w)}.`),
    sensitive: (w, b, organization) =>
      say(
        ALERTS.sensitive(sanitizeOrganization(organization)),
        `Advertencia a partir de ${organisations(w)} y bloqueo a partir de ${n(b)}.`,
      ),
    noRecipients: "Aún no hay destinatarios.",
    onlyColleagues: "En Para y CC solo hay personas de su organización.",
    oneParty: "Ninguna organización externa vería las direcciones de otra.",
  },

  opened: {
    sendBlock: "Abierto desde la alerta de envío: el mensaje se bloquearía.",
    sendWarn: "Abierto desde la alerta de envío: conviene revisar el mensaje antes de enviarlo.",
    sendError: "Abierto desde la alerta de envío: BCC Guard no pudo comprobar los destinatarios al seleccionar Enviar.",
    infobar: "Abierto desde el aviso de BCC Guard de este mensaje.",
  },

  counts: {
    heading: "Destinatarios",
    inToCc: (o, c) =>
      `En Para y CC: ${n(o)} ${pluralForm(o, "es", { one: "persona externa", other: "personas externas" })} ` +
      `y ${insiders(c)}.`,
  },

  move: {
    ...shared.move,
    preview: ({ moved, kept, keptAreColleagues, senderAddedToTo, cannotMove }) => {
      const clauses = [`Mueve ${people(moved)} a CCO`];
      if (kept > 0) {
        const visible = pluralForm(kept, "es", { one: "visible", other: "visibles" });
        clauses.push(`deja ${visible} a ${keptAreColleagues ? insiders(kept) : people(kept)}`);
      }
      if (senderAddedToTo) clauses.push("pone su dirección en Para");
      if (cannotMove > 0) clauses.push(`deja ${groups(cannotMove)} ${cannotMove === 1 ? "donde está" : "donde están"}`);
      return `${joinClauses(clauses)}.`;
    },
    blockedByGroups: (field, names) =>
      names.length === 1
        ? `«Mover a CCO» no puede ejecutarse mientras ${field} contenga el grupo de contactos ${listText(names, "es")}: ` +
          `expándalo (seleccione + junto a su nombre) o quítelo primero.`
        : `«Mover a CCO» no puede ejecutarse mientras ${field} contenga los grupos de contactos ${listText(names, "es")}: ` +
          `expándalos (seleccione + junto a cada nombre) o quítelos primero.`,
    blockedByLimit: (field, would, limit) =>
      `«Mover a CCO» no puede ejecutarse: ${field} tendría ${people(would)}, y Outlook admite ${n(limit)} por campo. ` +
      `Envíe el mensaje en grupos más pequeños.`,
    moving: "Moviendo a CCO…",
    undoing: "Deshaciendo…",
    slowOutlook:
      "Outlook tarda en responder. Si no responde en 15 segundos, BCC Guard se detiene de forma segura e indica qué hacer.",
    progress: (done, total) => `Moviendo ${n(done)} de ${people(total)}…`,
    undoInMemoryOnly: "Puede deshacerlo mientras este panel siga abierto.",
    unresolvedRefused: (field, names) =>
      names.length === 1
        ? `No se movió nada: Outlook no puede reescribir ${field} mientras contenga el grupo de contactos ` +
          `${listText(names, "es")}. Expándalo (seleccione + junto a su nombre) o quítelo, y vuelva a intentarlo.`
        : `No se movió nada: Outlook no puede reescribir ${field} mientras contenga los grupos de contactos ` +
          `${listText(names, "es")}. Expándalos (seleccione + junto a cada nombre) o quítelos, y vuelva a intentarlo.`,
    failedTitle: "El movimiento no terminó",
    failed: {
      read: shared.failedRead,
      "add-bcc":
        "Outlook se detuvo mientras añadía personas a CCO. No se quitó a nadie de Para ni de CC; puede que algunas personas ya estén también en CCO.",
      "verify-bcc": "No todos llegaron a CCO, así que no se quitó a nadie de Para ni de CC.",
      "rewrite-to-cc":
        "Todos están en CCO, pero Outlook se detuvo al actualizar Para y CC, así que algunas personas pueden seguir visibles ahí. No se perdió a nadie.",
    },
    failedHint: "Seleccione Reintentar para terminar, o Deshacer para dejarlo todo como estaba.",
    lost: (p) =>
      `${people(p)} no ${p === 1 ? "está" : "están"} en Para, CC ni CCO. Seleccione Deshacer para volver a ponerlo todo, o Reintentar.`,
    unchecked:
      "BCC Guard no pudo volver a leer los destinatarios. Revise Para, CC y CCO y seleccione Reintentar o Deshacer.",
    noUndoAhead: "La lista es demasiado larga para guardar una copia: un movimiento no se podría deshacer.",
    clearedAtSend: "La copia que usa Deshacer se borra del mensaje al enviarlo.",
    undo: "Deshacer",
    undone: "Para, CC y CCO vuelven a estar como antes.",
    undoFailedTitle: "Deshacer no terminó",
    undoFailed: "No se quitó a nadie. Seleccione Deshacer otra vez para terminar.",
    nothingToUndo: "Ya no hay nada que deshacer.",
    earlierMove: "Se usó «Mover a CCO» en este mensaje. Deshacer deja Para, CC y CCO como estaban antes.",
  },

  groups: {
    heading: "Organizaciones externas",
    personal: "Direcciones personales",
    personalNote:
      "Direcciones de proveedores de correo personales (como gmail.com): cada persona cuenta como una organización.",
    size: (p) => people(p),
    showAll: (g) => `Mostrar los ${n(g)} grupos`,
    showFewer: "Mostrar menos",
    more: (p) => `y ${n(p)} más`,
    noneOutside: "No hay nadie externo en Para ni en CC.",
  },

  unresolved: {
    ...shared.unresolved,
    heading: "Grupos de contactos",
    why: "Outlook no puede mover un grupo de contactos a CCO porque no tiene una dirección única.",
    unnamed: "(entrada sin nombre)",
  },
};
