import type { HostRecipientInput } from "./hostRecipient.ts";

/** What `getComposeTypeAsync` answers: Office.js has no reply-all (a reply-all is a "reply"). */
export type ComposeTypeName = "newMail" | "reply" | "forward";

/** The compose window as the user fills it; any field left out stays as it was. */
export interface ComposeContent {
  readonly from?: HostRecipientInput;
  readonly to?: readonly HostRecipientInput[];
  readonly cc?: readonly HostRecipientInput[];
  readonly bcc?: readonly HostRecipientInput[];
  readonly subject?: string;
  readonly body?: string;
  /** How the window was opened: a new message, a reply (or reply-all) or a forward. */
  readonly composeType?: ComposeTypeName;
}

/** The plain-text body as the minimal HTML document `body.getAsync("html")` answers. */
export function bodyAsHtml(text: string): string {
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\n/g, "<br>");
  return `<html><body><div>${escaped}</div></body></html>`;
}
