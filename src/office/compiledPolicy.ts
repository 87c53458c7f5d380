import { DEFAULT_POLICY } from "../engine/index.ts";
import type { Policy } from "../engine/index.ts";

// Replaced at build time with the organisation's validated policy (see scripts/build.ts). Nothing is fetched
// at send time: a send decision must not wait on the network, and no recipient data leaves the client.
declare const __BCC_GUARD_POLICY__: Policy | undefined;

/** The policy compiled into this bundle; the default policy where none was compiled in (unit tests). */
export function compiledPolicy(): Policy {
  return typeof __BCC_GUARD_POLICY__ !== "undefined" ? __BCC_GUARD_POLICY__ : DEFAULT_POLICY;
}
