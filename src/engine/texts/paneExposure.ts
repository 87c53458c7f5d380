import type { Catalog } from "./catalog.ts";
import { count } from "./count.ts";
import { exposureWho } from "./exposureWho.ts";
import type { Language } from "./language.ts";
import type { ExposureFacts } from "./paneCatalog.ts";
import { sanitizeOrganization } from "./sanitizeName.ts";
import { PLAIN } from "./textStyle.ts";

/**
 * The pane's sentence on who outside would see each other's addresses: the alert's own sentence (`exposure`), so
 * that the pane, the alert and the notice say personal addresses, organisations and the organisation's name in
 * the same words.
 */
export function paneExposure(alerts: Catalog, facts: ExposureFacts, language: Language): string {
  return alerts.exposure({
    people: count(facts.people, language),
    who: exposureWho(facts.people, facts.personal, facts.organisations, language),
    organization: sanitizeOrganization(facts.organization),
    emphasis: PLAIN.emphasis,
  });
}
