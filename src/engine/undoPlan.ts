import type { Recipient, RecipientField } from "./message.ts";
import { identityOf, sameRecipients, uniqueByIdentity } from "./recipientIdentity.ts";
import { everyone, fieldOfEach } from "./recipientFields.ts";

/** The fields as they were before a move, as the undo copy keeps them. */
export interface UndoCopy {
  to: readonly Recipient[];
  cc: readonly Recipient[];
  bcc: readonly Recipient[];
  /** People the move itself put in a visible field (the sender in To), whom Undo takes out again. @default [] */
  added?: readonly Recipient[];
  /**
   * False when the copy left display names out (to fit): each name is then taken from the field the person is in
   * now (everyone is in one), and the address for anyone who is in none. @default true
   */
  withNames?: boolean;
}

/** How an undo puts the fields back. */
export interface UndoPlan {
  /** The fields after the undo. */
  target: { to: Recipient[]; cc: Recipient[]; bcc: Recipient[] };
  /** The fields to rewrite, in the order to write them. */
  rewrite: RecipientField[];
  /** Everyone who must be in some field once the undo is done (or stops half-way). */
  expected: Recipient[];
  /** Where someone of `expected` found in no field goes back. */
  homeOf(r: Recipient): RecipientField;
}

/**
 * Plans putting To, Cc and Bcc back as the copy has them. Anyone added since the move stays, in the field they are
 * in now, so an undo can never remove a recipient the user typed afterwards.
 */
export function planUndo(copy: UndoCopy, current: UndoCopy): UndoPlan {
  const namesNow = new Map(everyone(current).map((r) => [identityOf(r), r.displayName]));
  const named = (list: readonly Recipient[]) =>
    copy.withNames === false
      ? list.map((r) => ({ emailAddress: r.emailAddress, displayName: namesNow.get(identityOf(r)) ?? r.displayName }))
      : [...list];
  const added = copy.added ?? [];
  // Anyone neither in the copy nor put there by the move itself was added by the user afterwards.
  const known = new Set([...everyone(copy), ...added].map(identityOf));
  const target = {
    to: [...named(copy.to), ...current.to.filter((r) => !known.has(identityOf(r)))],
    cc: [...named(copy.cc), ...current.cc.filter((r) => !known.has(identityOf(r)))],
    bcc: [...named(copy.bcc), ...current.bcc.filter((r) => !known.has(identityOf(r)))],
  };
  // To and Cc first: the people coming back are still in Bcc while they are written, so nobody is ever in no field.
  const rewrite = (["to", "cc", "bcc"] as const).filter((field) => !sameRecipients(target[field], current[field]));
  const home = fieldOfEach(target);
  const homeNow = fieldOfEach(current);
  // Someone the move itself added is expected only where the target keeps them.
  const addedIds = new Set(added.map(identityOf));
  const expected = uniqueByIdentity([...everyone(target), ...everyone(current)]).filter(
    (r) => !addedIds.has(identityOf(r)) || home.has(identityOf(r)),
  );
  const homeOf = (r: Recipient) => home.get(identityOf(r)) ?? homeNow.get(identityOf(r)) ?? "bcc";
  return { target, rewrite, expected, homeOf };
}
