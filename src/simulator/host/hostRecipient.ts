/** A recipient as the host stores and returns it (Office.js `EmailAddressDetails`). */
export interface HostRecipient {
  readonly emailAddress: string;
  readonly displayName: string;
  readonly recipientType?: string;
}

/**
 * A recipient handed to the host. A string is both address and display name, as Outlook stores it;
 * a missing display name becomes the address.
 */
export type HostRecipientInput = string | { emailAddress: string; displayName?: string; recipientType?: string };

export const NO_RECIPIENTS: readonly HostRecipient[] = Object.freeze([]);

export function toHostRecipient(input: HostRecipientInput): HostRecipient {
  if (typeof input === "string") return Object.freeze({ emailAddress: input, displayName: input });
  const recipient: HostRecipient = {
    emailAddress: input.emailAddress,
    displayName: input.displayName || input.emailAddress,
    ...(input.recipientType === undefined ? {} : { recipientType: input.recipientType }),
  };
  return Object.freeze(recipient);
}

/** A frozen list of frozen recipients, so a snapshot can hand it out without copying. */
export function freezeRecipients(list: readonly HostRecipient[]): readonly HostRecipient[] {
  return Object.freeze(
    list.map((recipient) => (Object.isFrozen(recipient) ? recipient : Object.freeze({ ...recipient }))),
  );
}

/** Same recipients in the same order: a write that changes nothing raises no recipients-changed event. */
export function sameRecipients(a: readonly HostRecipient[], b: readonly HostRecipient[]): boolean {
  return (
    a.length === b.length &&
    a.every((recipient, i) => {
      const other = b[i];
      return (
        other !== undefined &&
        recipient.emailAddress === other.emailAddress &&
        recipient.displayName === other.displayName &&
        recipient.recipientType === other.recipientType
      );
    })
  );
}
