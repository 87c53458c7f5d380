import type { Catalog } from "./catalog.ts";
import { count } from "./count.ts";
import { exposureWho } from "./exposureWho.ts";
import type { Language } from "./language.ts";
import type { ExposureFacts } from "./paneCatalog.ts";
import { PLAIN } from "./textStyle.ts";

/**
 * The pane's sentence on who outside would see each other's addresses: the alert's own sentence (`exposure`), so
 * that the pane, the alert and the notice say personal addresses and organisations in the same words. The pane
 * has no organisation name to show, so it says "your organisation".
 */
export function paneExposure(alerts: Catalog, facts: ExposureFacts, language: Language): string {
  return alerts.exposure({
    people: count(facts.people, language),
    who: exposureWho(facts.people, facts.personal, facts.organisations, language),
    organization: null,
    emphasis: PLAIN.emphasis,
  });
}
