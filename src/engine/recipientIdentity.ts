import type { RecipientInput } from "./message.ts";
import { normalizeAddress } from "./normalizeAddress.ts";

/**
 * Who an entry is, for telling people apart across fields and reads: the normalised identity of an address, or,
 * for an entry without one (a typo, a contact group), its name and text, so that two different such entries
 * never count as one person.
 */
export function identityOf(r: RecipientInput): string {
  const n = normalizeAddress(r);
  return n.resolved ? n.identity : `unresolved:${n.displayName}:${n.address}`;
}

/** The same people in the same order: what a field holds needs no rewrite when this is true. */
export function sameRecipients(a: readonly RecipientInput[], b: readonly RecipientInput[]): boolean {
  return a.length === b.length && a.every((r, i) => identityOf(r) === identityOf(b[i] as RecipientInput));
}

/** Each person once, at their first place in `list`. */
export function uniqueByIdentity<T extends RecipientInput>(list: readonly T[]): T[] {
  const seen = new Set<string>();
  return list.filter((r) => {
    const id = identityOf(r);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
