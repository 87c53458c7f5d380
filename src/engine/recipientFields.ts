import type { RecipientField, RecipientInput } from "./message.ts";
import { identityOf } from "./recipientIdentity.ts";

/** To, Cc and Bcc of one message, all three present. */
interface ThreeFields<T extends RecipientInput = RecipientInput> {
  to: readonly T[];
  cc: readonly T[];
  bcc: readonly T[];
}

/** Everyone in the three fields, in To, Cc, Bcc order (someone in two fields appears twice). */
export function everyone<T extends RecipientInput>(fields: ThreeFields<T>): T[] {
  return [...fields.to, ...fields.cc, ...fields.bcc];
}

/** Each person's field, by identity; someone in two fields counts where they are visible (To, then Cc). */
export function fieldOfEach(fields: ThreeFields): Map<string, RecipientField> {
  const home = new Map<string, RecipientField>();
  for (const field of ["bcc", "cc", "to"] as const) for (const r of fields[field]) home.set(identityOf(r), field);
  return home;
}
