// The engine's public API. Pure: no Office, DOM, React or Node; runs anywhere.
export type { Policy, Thresholds, SensitivePolicy, MoveToBccPolicy } from "./policy.ts";
export { MAX_ORGANIZATION_LENGTH, POLICY_LIST_LIMITS } from "./policy.ts";
export { DEFAULT_POLICY } from "./defaultPolicy.ts";
export type { Message, Recipient, RecipientInput, RecipientField } from "./message.ts";
export { RECIPIENT_FIELDS } from "./message.ts";
export type { Verdict, VerdictCounts, Action, Reason } from "./verdict.ts";
export { normalizeAddress, normalizeDomain } from "./normalizeAddress.ts";
export type { NormalizedAddress, ResolvedAddress, UnresolvedAddress } from "./normalizeAddress.ts";
export { analyzeAudience } from "./audience.ts";
export type { Audience, VisibleRecipient } from "./audience.ts";
export { evaluate, evaluateAudience } from "./evaluate.ts";
export { planMoveToBcc, planMoveInDetail } from "./planMoveToBcc.ts";
export type { DetailedMovePlan, MovePlan, PlannedRecipient } from "./planMoveToBcc.ts";
export type { MoveStep, MoveFailureStep, MoveResult, MoveRefusal, UndoResult } from "./moveResult.ts";
export { failureStep } from "./moveResult.ts";
export { findMoveRefusal } from "./moveRefusal.ts";
export type { MoveWrites } from "./moveWrites.ts";
export { planUndo } from "./undoPlan.ts";
export type { UndoCopy, UndoPlan } from "./undoPlan.ts";
export {
  DEFAULT_SESSION_DATA_LIMIT,
  decodeUndoCopy,
  encodeUndoCopy,
  undoCopyBudget,
  undoCopyFits,
} from "./undoCopyEncoding.ts";
export type { StoredUndoCopy } from "./undoCopyEncoding.ts";
export { identityOf, sameRecipients, uniqueByIdentity } from "./recipientIdentity.ts";
export { everyone, fieldOfEach } from "./recipientFields.ts";
export { needsMessageText } from "./needsMessageText.ts";
export { findSensitiveKeywords, hasSensitiveKeyword } from "./sensitiveKeywords.ts";
export { registrableDomain } from "./registrableDomain.ts";
export { createPersonalDomainTest, builtInPersonalDomainCount } from "./personalDomains.ts";
export { RELAY_FAMILIES, EXTRA_PROVIDER_FAMILIES } from "./relayDomains.ts";
export type { DomainFamily } from "./relayDomains.ts";
export { DOMAIN_LIST_VERSIONS } from "./domainListVersions.ts";
export { displayDomain, displayAddress } from "./displayDomain.ts";
export { assessMessage } from "./assess.ts";
export type { Assessment } from "./assess.ts";
export type { ComposeType, Spread } from "./composeType.ts";
export { composeTypeFromOffice, spreadOf } from "./composeType.ts";
export type { VerdictStamp, StampAction, StampContext, ParsedStamp } from "./verdictStamp.ts";
export {
  STAMP_HEADER,
  STAMP_VERSION,
  stampFromVerdict,
  errorStamp,
  formatStamp,
  parseStamp,
  policyFingerprint,
  canonicalJson,
  fnv1a32,
} from "./verdictStamp.ts";
