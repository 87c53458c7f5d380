import { composeTypeFromOffice } from "../engine/index.ts";
import type { ComposeType } from "../engine/index.ts";

import { DEFAULT_CALL_TIMEOUT_MS, officeCall } from "./officeCall.ts";

/** Tells a new message from a reply or a forward. Never rejects: anything unreadable is `"unknown"`. */
export type ComposeTypeReader = () => Promise<ComposeType>;

/**
 * `item.getComposeTypeAsync` (Mailbox 1.10), checked by the method's presence so that clients which have it
 * without claiming the whole set still answer. Office.js has no reply-all: a reply-all reads as `"reply"`.
 */
export function createComposeTypeReader(
  office: typeof Office,
  timeoutMs: number = DEFAULT_CALL_TIMEOUT_MS,
): ComposeTypeReader {
  return async () => {
    const item = office.context.mailbox.item as Office.MessageCompose | undefined;
    if (typeof item?.getComposeTypeAsync !== "function") return "unknown";
    try {
      const value = await officeCall<{ composeType?: string }>(
        "getComposeTypeAsync",
        (cb) => item.getComposeTypeAsync(cb as (result: Office.AsyncResult<unknown>) => void),
        timeoutMs,
      );
      return composeTypeFromOffice(value?.composeType);
    } catch {
      return "unknown";
    }
  };
}
