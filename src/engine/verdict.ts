export type Action = "allow" | "warn" | "block";

/**
 * Why the verdict is what it is. At most one of the first three, the rule that decided (none for an allow);
 * then `sensitive` when the message is, and `unresolved` when entries with no address are visible.
 */
export type Reason = "exposed-parties" | "contact-group" | "large-audience" | "sensitive" | "unresolved";

export interface VerdictCounts {
  /** Unique people in To and Cc, exempt addresses left out, unresolved entries included. */
  visible: number;
  visibleInternal: number;
  visibleExternal: number;
  /** Distinct outside organisations among visible externals; each private (consumer) address and each unresolved entry is one. */
  parties: number;
  /** Unique people only in Bcc. */
  bcc: number;
  /** Visible entries with no usable address: contact groups and entries that are not addresses. */
  unresolved: number;
  /** Of those, the personal contact groups (Outlook expands them at Send: their members see each other). */
  contactGroups: number;
}

/** The decision, shared by the send handler, the infobar, the task pane and the CLI. */
export interface Verdict {
  action: Action;
  reasons: Reason[];
  sensitive: boolean;
  counts: VerdictCounts;
  /** The thresholds that applied: the sensitive ones when the message is sensitive. */
  thresholds: { warnAt: number; blockAt: number };
}
