import { CATALOGS } from "./catalogs.ts";
import { count } from "./count.ts";
import type { Language } from "./language.ts";
import { PLAIN } from "./textStyle.ts";

/**
 * The pane's words about entries that are not plain addresses, the same sentences as the alert and the
 * infobar so that all three say one thing: what a contact group does and what to do about it, and that an
 * entry is not an address. Plain text; an empty list when there is nothing to say.
 */
export function entryNotes(contactGroups: number, notAddresses: number, language: Language): string[] {
  const catalog = CATALOGS[language];
  const notes: string[] = [];
  if (contactGroups > 0) {
    const groups = count(contactGroups, language);
    notes.push(catalog.contactGroups(groups, PLAIN.emphasis), catalog.contactGroupAdvice(groups));
  }
  if (notAddresses > 0) notes.push(catalog.unresolved(count(notAddresses, language)));
  return notes;
}
