import { analyzeAudience } from "./audience.ts";
import type { Audience } from "./audience.ts";
import type { Message, RecipientField } from "./message.ts";
import type { MoveWrites } from "./moveWrites.ts";
import type { NormalizedAddress, ResolvedAddress } from "./normalizeAddress.ts";
import type { Policy } from "./policy.ts";

/** A recipient as the plan writes it back to Outlook. */
export interface PlannedRecipient {
  emailAddress: string;
  displayName: string;
}

/** The fields after the move. Every original recipient is in at least one of them. */
export interface MovePlan {
  to: PlannedRecipient[];
  cc: PlannedRecipient[];
  bcc: PlannedRecipient[];
  /** How many people leave To and Cc for Bcc. */
  moved: number;
  /** Visible entries that cannot be moved (no usable address, such as a contact group); they stay where they are. */
  cannotMove: PlannedRecipient[];
  /** True when the sender was put in To because To would otherwise be empty. */
  senderAddedToTo: boolean;
}

/**
 * Plans "Move to Bcc" under the policy. `scope: "external"` moves every visible, resolved, external,
 * non-exempt person and keeps colleagues where they are; `"all"` moves everyone. Neither moves the sender,
 * who exposes nobody by seeing their own address, nor an exempt address (a shared mailbox stays where the
 * sender put it). Unresolved entries cannot be moved; they never stop the others from moving.
 * Nobody is dropped, nobody lands in Bcc twice, and when To would be empty the sender goes there
 * (`keepSenderInTo`).
 *
 * @param audience `analyzeAudience(message, policy)` when the caller has it already (the send handler decides
 *   and plans from one analysis); it must be of this very message and policy. @default analysed here
 */
export function planMoveToBcc(
  message: Message,
  policy: Policy,
  audience: Audience = analyzeAudience(message, policy),
): MovePlan {
  return planMoveInDetail(message, policy, audience).plan;
}

/** A plan with what making it read, so that it can be checked without reading every address again. */
export interface DetailedMovePlan {
  plan: MovePlan;
  /** The message's entries, field by field, as read for the plan. */
  fields: Record<RecipientField, NormalizedAddress[]>;
  /** What applying the plan writes, known from the plan's own reading (no address is compared again). */
  writes: MoveWrites;
}

/** `planMoveToBcc`, with what it read and what it will write (see `findMoveRefusal`). */
export function planMoveInDetail(
  message: Message,
  policy: Policy,
  audience: Audience = analyzeAudience(message, policy),
): DetailedMovePlan {
  const sender = audience.sender;
  const toMove = new Set<string>();
  for (const person of audience.visible) {
    if (!person.recipient.resolved) continue;
    if (policy.moveToBcc.scope === "all") {
      if (person.key !== sender?.identity) toMove.add(person.key);
    } else if (!person.internal && person.key !== sender?.identity) {
      toMove.add(person.key);
    }
  }

  // Each entry was read once, by the audience (the send handler's hot path: a thousand addresses).
  const fields = audience.entries;
  const keep = (field: RecipientField): PlannedRecipient[] =>
    fields[field].flatMap((r) => (isMoved(r, toMove) ? [] : [toPlanned(r)]));
  const to = keep("to");
  const cc = keep("cc");

  const bcc: PlannedRecipient[] = [];
  const inBcc = new Set<string>();
  const addToBcc = (r: NormalizedAddress): void => {
    if (r.resolved) {
      if (inBcc.has(r.identity)) return;
      inBcc.add(r.identity);
    }
    bcc.push(toPlanned(r));
  };
  fields.bcc.forEach(addToBcc);
  const bccKept = bcc.length;
  const movedIds = new Set<string>();
  for (const r of [...fields.to, ...fields.cc]) {
    if (!isMoved(r, toMove)) continue;
    movedIds.add(r.identity);
    addToBcc(r);
  }
  const moved = movedIds.size;

  let senderAddedToTo = false;
  if (moved > 0 && to.length === 0 && policy.moveToBcc.keepSenderInTo && sender) {
    to.push(toPlanned(sender));
    senderAddedToTo = true;
  }
  const cannotMove = audience.visible.flatMap((p) => (p.recipient.resolved ? [] : [toPlanned(p.recipient)]));
  const plan = { to, cc, bcc, moved, cannotMove, senderAddedToTo };
  // A planned entry has the identity of the entry it was read from, so these are what comparing the plan with the
  // message gives: a kept field differs when someone left it (or the sender came in), and Bcc gains the moved
  // people it did not hold.
  const writes: MoveWrites = {
    bccAdditions: bcc.slice(bccKept),
    rewrite: {
      to: fields.to.length !== to.length - (senderAddedToTo ? 1 : 0) || senderAddedToTo,
      cc: fields.cc.length !== cc.length,
    },
    addedToTo: senderAddedToTo ? to.slice(-1) : [],
  };
  return { plan, fields, writes };
}

function isMoved(r: NormalizedAddress, toMove: ReadonlySet<string>): r is ResolvedAddress {
  return r.resolved && toMove.has(r.identity);
}

function toPlanned(r: NormalizedAddress): PlannedRecipient {
  return { emailAddress: r.address, displayName: r.displayName };
}
