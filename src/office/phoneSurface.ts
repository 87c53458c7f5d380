import type { ComposeType } from "../engine/index.ts";

import { createComposeTypeReader } from "./composeType.ts";
import { createHeaderWriter } from "./internetHeaders.ts";
import { DEFAULT_CALL_TIMEOUT_MS } from "./officeCall.ts";

/**
 * Outlook on iOS and Android, as far as an event-based add-in can tell. Microsoft's page "Implement
 * event-based activation in Outlook mobile add-ins" and "Outlook JavaScript APIs supported in Outlook on
 * mobile devices" list what exists there: Mailbox 1.5, plus for event-based add-ins in compose
 * `from.getAsync`, `getComposeTypeAsync` (4.2352.0), `sessionData` (4.2425.0) and `internetHeaders`
 * get/set/remove (4.2405.0). Nothing else above 1.5 may be called, and `isSetSupported` says false above 1.5
 * even for those extras, so they are told by the app's version instead.
 */
export interface PhoneClient {
  os: "ios" | "android";
  /** The Outlook app's version, e.g. "4.2425.0" (`mailbox.diagnostics.hostVersion` is the app's on phones). */
  version: string;
}

/** The first app versions with what BCC Guard uses on a phone. */
export const PHONE_VERSIONS = {
  /** OnMessageRecipientsChanged: below this the handler never runs at all. */
  recipientsChanged: "4.2425.0",
  internetHeaders: "4.2405.0",
  composeType: "4.2352.0",
} as const;

/** Outlook on a phone returns at most this many recipients from one field's getAsync. */
export const PHONE_RECIPIENT_READ_LIMIT = 100;

/** Reads which phone app this is from `mailbox.diagnostics` (Mailbox 1.1), else `context.diagnostics`; null elsewhere. */
export function readPhoneClient(office: typeof Office): PhoneClient | null {
  let hostName = "";
  let version = "";
  try {
    const diagnostics = office.context.mailbox.diagnostics;
    hostName = String(diagnostics?.hostName ?? "");
    version = String(diagnostics?.hostVersion ?? "");
  } catch {
    // Read below from the common API instead.
  }
  if (hostName === "OutlookIOS") return { os: "ios", version };
  if (hostName === "OutlookAndroid") return { os: "android", version };
  if (hostName !== "") return null;
  try {
    const platform = String(office.context.diagnostics?.platform ?? "");
    if (platform === "iOS") return { os: "ios", version: String(office.context.diagnostics?.version ?? "") };
    if (platform === "Android") return { os: "android", version: String(office.context.diagnostics?.version ?? "") };
  } catch {
    // No diagnostics at all: not a phone BCC Guard can recognise.
  }
  return null;
}

/** Whether the phone app is at least `minimum` (dotted numbers, compared part by part; unknown means no). */
export function phoneAtLeast(phone: PhoneClient, minimum: string): boolean {
  const have = phone.version.split(".").map(Number);
  const need = minimum.split(".").map(Number);
  if (have.length === 0 || have.some((part) => !Number.isInteger(part))) return false;
  for (let i = 0; i < Math.max(have.length, need.length); i++) {
    const difference = (have[i] ?? 0) - (need[i] ?? 0);
    if (difference !== 0) return difference > 0;
  }
  return true;
}

/** The two calls beyond Mailbox 1.5 the phone handler makes, each only where the phone app has it. */
export interface PhoneExtras {
  /** Whether `setHeader` can work on this app (4.2405.0 and later). */
  canSetHeaders: boolean;
  /** `item.internetHeaders.setAsync({ [name]: value })`. */
  setHeader(name: string, value: string): Promise<void>;
  /** `item.getComposeTypeAsync`, as the stamp names it; "unknown" where the app lacks it or it fails. */
  getComposeType(): Promise<ComposeType>;
}

/** The desktop's header writer and compose-type reader, each offered only where the phone app has the call. */
export function createPhoneExtras(
  office: typeof Office,
  phone: PhoneClient,
  timeoutMs: number = DEFAULT_CALL_TIMEOUT_MS,
): PhoneExtras {
  const headers = createHeaderWriter(office, timeoutMs);
  const composeType = createComposeTypeReader(office, timeoutMs);
  return {
    canSetHeaders: phoneAtLeast(phone, PHONE_VERSIONS.internetHeaders),
    setHeader: (name, value) => headers.setHeaders({ [name]: value }),
    // Phones say "reply" for a reply-all too: the stamp never claims more than the client said.
    getComposeType: () =>
      phoneAtLeast(phone, PHONE_VERSIONS.composeType) ? composeType() : Promise.resolve("unknown"),
  };
}
