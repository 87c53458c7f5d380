// The texts Outlook shows for the send guard (Smart Alert, notice, infobar, results of the ribbon's Move to Bcc) in
// English, French, German, Spanish and Japanese, within Outlook's length limits. Pure; the send path imports this.
// The task pane's own words are in `xx/pane.ts` (collected in `paneCatalogs.ts`), deliberately not exported here so
// that they stay out of events.js; where the pane says what the alert says, `xx/pane.ts` takes that sentence from
// `xx/alerts.ts`, so that each sentence is translated once.
export type { Language } from "./language.ts";
export { LANGUAGES, pickLanguage } from "./language.ts";
export type { AlertFacts } from "./alertFacts.ts";
export type { SendAlertTexts } from "./sendAlert.ts";
export { sendAlertTexts, errorAlertTexts } from "./sendAlert.ts";
export { infobarText, uncheckedInfobarText, INFOBAR_ACTION_LABEL } from "./infobar.ts";
export type { MoveFacts } from "./moveMessages.ts";
export { moveFacts, moveOutcomeText } from "./moveMessages.ts";
export { LIMITS } from "./limits.ts";
export { entryNotes } from "./entryNotes.ts";
