// Every user-facing text of the send guard, in English, French, German, Spanish and Japanese. Pure: the send
// handler, the infobar and the task pane all take their words from here, within Outlook's length limits.
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
