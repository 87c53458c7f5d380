import { formatStamp, STAMP_HEADER } from "../engine/index.ts";
import type { VerdictStamp } from "../engine/index.ts";
import type { ComposeTypeReader } from "../office/composeType.ts";
import type { HeaderWriter } from "../office/internetHeaders.ts";

/** What the handlers need to stamp a message; each part is optional so that a runtime without it still decides. */
export interface StampDeps {
  /** Writes the `X-BCC-Guard` header; without it no stamp is written. */
  headers?: HeaderWriter;
  /** Tells a reply or forward from a new message; without it the compose type is `"unknown"`. */
  composeType?: ComposeTypeReader;
}

/**
 * Writes the stamp and resolves whether it was written; never rejects, because a stamp that cannot be written
 * must never stop a message (the Exchange rules then see a message without one, which they count as unchecked).
 */
export async function writeVerdictStamp(deps: StampDeps, stamp: VerdictStamp): Promise<boolean> {
  if (!deps.headers) return false;
  try {
    await deps.headers.setHeaders({ [STAMP_HEADER]: formatStamp(stamp) });
    return true;
  } catch {
    return false;
  }
}

/** The compose type, or `"unknown"` where it cannot be read. */
export async function readComposeType(deps: StampDeps): Promise<VerdictStamp["compose"]> {
  if (!deps.composeType) return "unknown";
  try {
    return await deps.composeType();
  } catch {
    return "unknown";
  }
}

/**
 * Whether a completion lets the message go now or after Send Anyway: only those are stamped. A hard block is
 * not: the message does not leave, and the next Send (after Move to Bcc, say) runs the handler again and
 * writes the stamp then.
 */
export function mayStillBeSent(options: Readonly<Record<string, unknown>>): boolean {
  return options.allowEvent !== false || options.sendModeOverride !== undefined;
}
