/** The Mailbox requirement sets the simulated host can claim (the manifest requires 1.14). */
export type MailboxRequirementSet = "1.14" | "1.15" | "1.16";

export const MAILBOX_REQUIREMENT_SETS: readonly MailboxRequirementSet[] = ["1.14", "1.15", "1.16"];

/** Limits that Outlook enforces on the host side and that depend on the requirement set. */
export interface HostLimits {
  /** Recipients one field may hold after an add-in's setAsync/addAsync (classic Outlook's rule). */
  readonly recipientsPerField: number;
  /** Characters the whole sessionData object may hold, measured as its JSON text. */
  readonly sessionDataChars: number;
}

/** Infobars one message may carry (web, Windows and Mac). */
export const NOTIFICATION_LIMIT = 5;

/** Recipients one setAsync/addAsync may carry; Office.js checks this before the call leaves the add-in. */
export const RECIPIENTS_PER_CALL = 100;

export function hostLimitsFor(set: MailboxRequirementSet): HostLimits {
  // Mailbox 1.16 raised both limits in classic Outlook on Windows.
  return compareVersions(set, "1.16") >= 0
    ? { recipientsPerField: 1000, sessionDataChars: 2_621_440 }
    : { recipientsPerField: 500, sessionDataChars: 50_000 };
}

/**
 * Compares dotted version strings part by part as numbers, so "1.9" < "1.14" (a string
 * comparison gets this wrong). Missing parts count as 0. Returns NaN when either is not a version.
 */
export function compareVersions(a: string, b: string): number {
  const left = parseVersion(a);
  const right = parseVersion(b);
  if (!left || !right) return Number.NaN;
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

/** Whether a host claiming `hostSet` supports `version` of the Mailbox set (no version: any). */
export function isMailboxVersionSupported(hostSet: MailboxRequirementSet, version?: string): boolean {
  return version === undefined || compareVersions(version, hostSet) <= 0;
}

function parseVersion(version: string): number[] | undefined {
  return /^\d+(\.\d+)*$/.test(version.trim()) ? version.trim().split(".").map(Number) : undefined;
}
