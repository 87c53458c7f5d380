/** The enumerations an Outlook compose add-in reads from the `Office` global, with Office.js's values. */

export const AsyncResultStatus = Object.freeze({ Succeeded: "succeeded", Failed: "failed" } as const);

export const CoercionType = Object.freeze({ Text: "text", Html: "html" } as const);

export const EventType = Object.freeze({
  RecipientsChanged: "olkRecipientsChanged",
  InitializationContextChanged: "olkInitializationContextChanged",
} as const);

export const MailboxEnums = Object.freeze({
  ItemNotificationMessageType: Object.freeze({
    ProgressIndicator: "progressIndicator",
    InformationalMessage: "informationalMessage",
    ErrorMessage: "errorMessage",
    InsightMessage: "insightMessage",
  } as const),
  ActionType: Object.freeze({ ShowTaskPane: "showTaskPane" } as const),
  SendModeOverride: Object.freeze({ PromptUser: "promptUser" } as const),
  RecipientType: Object.freeze({
    DistributionList: "distributionList",
    User: "user",
    ExternalUser: "externalUser",
    Other: "other",
  } as const),
  ItemType: Object.freeze({ Message: "message", Appointment: "appointment" } as const),
  BodyType: Object.freeze({ Text: "text", Html: "html" } as const),
});
