export interface ChangedRecipientFields {
  readonly to: boolean;
  readonly cc: boolean;
  readonly bcc: boolean;
}

export interface RecipientsChangedEvent {
  readonly changedRecipientFields: ChangedRecipientFields;
}

export interface InitializationContextChangedEvent {
  readonly initializationContext: string;
}

/** Item events an add-in can register for, with the Mailbox set that introduced each. */
export const ITEM_EVENT_MINIMUM_SET: Readonly<Record<string, string>> = {
  olkRecipientsChanged: "1.7",
  olkInitializationContextChanged: "1.15",
};
