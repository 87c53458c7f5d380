import type { Policy } from "./policy.ts";

/**
 * Every default in one place, free of the schema library so that the send bundle can use it without
 * carrying a validator. `policySchema.ts` fills missing fields from here; `policy/default.json` is
 * tested to equal it.
 */
export const DEFAULT_POLICY: Policy = {
  version: 1,
  organization: "",
  internalDomains: [],
  senderDomainIsInternal: true,
  consumerDomains: [],
  notConsumerDomains: [],
  exemptRecipients: [],
  contactGroups: "warn",
  thresholds: { warnAt: 5, blockAt: 20 },
  sensitive: { keywords: [], warnAt: 2, blockAt: 3 },
  largeAudience: { warnAt: 100 },
  mode: "enforce",
  onError: "warn",
  moveToBcc: { scope: "external", keepSenderInTo: true },
};
