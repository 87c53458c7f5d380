/**
 * The organisation's policy: one JSON file, validated by `policySchema.ts`, compiled into the bundles
 * at build time. This is the resolved shape: every field present, defaults applied.
 */
export interface Policy {
  /** Schema version of the policy file. @default 1 */
  version: 1;
  /** Organisation name used in alert texts ("people outside Contoso"). Empty means "your organisation". @default "" */
  organization: string;
  /** Domains whose addresses (and subdomains' addresses) are colleagues. @default [] */
  internalDomains: string[];
  /** Treat the sender's own domain (and its subdomains) as internal, unless it is a consumer mail provider. @default true */
  senderDomainIsInternal: boolean;
  /**
   * Extra personal mail providers or relays (and their subdomains), on top of the built-in lists (the
   * `email-providers` package and our alias and relay families); each address there is a party of its own. @default []
   */
  consumerDomains: string[];
  /**
   * Domains (and their subdomains) that are organisations although a built-in list names them as personal mail
   * providers, e.g. a partner company whose domain is on the list. Wins over `consumerDomains`. @default []
   */
  notConsumerDomains: string[];
  /** Addresses never counted as visible and never moved (e.g. a shared mailbox). Case-insensitive. @default [] */
  exemptRecipients: string[];
  /**
   * A personal contact group visible in To or Cc (Outlook expands it at Send, so its members see each other,
   * and nobody can count them): `"warn"`, `"block"` or `"allow"`. A sensitive message with one is blocked
   * unless this is `"allow"`. @default "warn"
   */
  contactGroups: "warn" | "block" | "allow";
  /** Thresholds on the number of exposed parties (outside organisations and private people). */
  thresholds: Thresholds;
  /** Keywords that make a message sensitive; their thresholds then replace `thresholds`. */
  sensitive: SensitivePolicy;
  /** Warn when this many people are visible at all (reply-all storm risk); `null` turns the rule off. */
  largeAudience: { /** @default 100 */ warnAt: number | null };
  /**
   * `"warn-only"` turns every block into a warning; `"monitor"` decides as usual (the verdict is the one
   * `"enforce"` would give) but nothing interrupts the sender: the verdict is only recorded (the stamp).
   * Rollout order: monitor, warn-only, enforce. @default "enforce"
   */
  mode: "enforce" | "warn-only" | "monitor";
  /** What the send handler does when it cannot read the recipients. @default "warn" */
  onError: "allow" | "warn" | "block";
  /** How "Move to Bcc" rearranges the recipients. */
  moveToBcc: MoveToBccPolicy;
}

export interface Thresholds {
  /** Warn (Send Anyway offered) from this many exposed parties. At least 2. @default 5 */
  warnAt: number;
  /** Block from this many exposed parties. At least `warnAt`. @default 20 */
  blockAt: number;
}

export interface SensitivePolicy {
  /**
   * Whole words or phrases, matched in the subject and body after Unicode NFKC and case folding; any character
   * other than a letter or digit separates words; a keyword ending in `*` matches words starting with it. @default []
   */
  keywords: string[];
  /** At most `thresholds.warnAt` (a sensitive message may only be judged more strictly). @default 2 */
  warnAt: number;
  /** At most `thresholds.blockAt`. @default 3 */
  blockAt: number;
}

export interface MoveToBccPolicy {
  /** `"external"` moves outside people and keeps colleagues visible; `"all"` moves everyone but the sender. @default "external" */
  scope: "external" | "all";
  /** When To would be left empty, put the sender in To (some servers and people distrust an empty To). @default true */
  keepSenderInTo: boolean;
}

/** Longest organisation name the schema accepts, so that every alert text stays within Outlook's limits. */
export const MAX_ORGANIZATION_LENGTH = 60;

/**
 * Longest lists the schema accepts: the policy is compiled into the send bundle, which must stay within its
 * size budget, and a list past these sizes is a mistake (a whole address book pasted in), not a policy.
 */
export const POLICY_LIST_LIMITS = {
  internalDomains: 1_000,
  consumerDomains: 5_000,
  notConsumerDomains: 5_000,
  exemptRecipients: 1_000,
  keywords: 500,
} as const;
