import type { HostRecipient } from "./hostRecipient.ts";

/** The signed-in user, as `Office.context.mailbox.userProfile` reports them. */
export interface UserProfile {
  readonly displayName: string;
  readonly emailAddress: string;
  /** @default "enterprise" */
  readonly accountType?: string;
  /** @default "UTC" */
  readonly timeZone?: string;
}

/** Office's theme colours, as `Office.context.officeTheme` reports them. */
export interface OfficeTheme {
  readonly bodyBackgroundColor: string;
  readonly bodyForegroundColor: string;
  readonly controlBackgroundColor: string;
  readonly controlForegroundColor: string;
  readonly isDarkTheme?: boolean;
}

/** The sender of a fresh compose window, who is also the signed-in user. */
export const DEFAULT_SENDER: HostRecipient = Object.freeze({
  emailAddress: "agent@contoso.com",
  displayName: "Alex Agent",
});

export const DEFAULT_USER_PROFILE: UserProfile = Object.freeze({
  displayName: DEFAULT_SENDER.displayName,
  emailAddress: DEFAULT_SENDER.emailAddress,
  accountType: "enterprise",
  timeZone: "UTC",
});
