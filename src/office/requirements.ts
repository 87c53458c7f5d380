/** True when the client supports this Mailbox requirement set (e.g. "1.15"). Never throws. */
export function mailboxSupports(office: typeof Office, version: string): boolean {
  try {
    return office.context.requirements.isSetSupported("Mailbox", version);
  } catch {
    return false;
  }
}

/**
 * The most recipients one field may hold. Classic Outlook on Windows and on Mac stop at 500 (1,000 from
 * Mailbox 1.16); the web and new Outlook have no documented cap. The classic cap is applied everywhere on
 * purpose: a draft moved to Bcc on the web may be opened and sent from classic Outlook.
 */
export function recipientFieldLimit(office: typeof Office): number {
  return mailboxSupports(office, "1.16") ? 1000 : 500;
}
