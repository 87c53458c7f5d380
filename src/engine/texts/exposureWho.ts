import { count } from "./count.ts";
import type { Count } from "./count.ts";
import type { Language } from "./language.ts";

/**
 * Who the `people` outside are, when that adds something to their number: how many of them have personal
 * addresses, and from how many organisations the others come. `null` when it adds nothing: every one of them is an
 * organisation of their own (the number says it all), or nothing is known (contact groups only). The alert and the
 * pane say who is exposed by this one rule. `personal` is at most `people` (those with personal addresses are among
 * them), so no people means no `who`.
 */
export function exposureWho(
  people: number,
  personal: number,
  organisations: number,
  language: Language,
): { personal: Count; organisations: Count } | null {
  return personal > 0 || (organisations > 0 && organisations < people)
    ? { personal: count(personal, language), organisations: count(organisations, language) }
    : null;
}
