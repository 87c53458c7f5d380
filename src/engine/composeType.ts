/**
 * What kind of message is being written, in the stamp's words. Office.js (`getComposeTypeAsync`, Mailbox 1.10)
 * answers only `newMail`, `reply` or `forward`: it has no reply-all, so `"reply-all"` appears only where a client
 * says so, and `"unknown"` where the API is missing or failed. Known client bugs make Outlook on Windows and Mac
 * answer `newMail` for some replies (office-js #6652, #6739), so `"new"` is a claim, not a proof.
 */
export type ComposeType = "new" | "reply" | "reply-all" | "forward" | "unknown";

/** Office.js's answer (or `null` when there was none) in the stamp's words. */
export function composeTypeFromOffice(value: string | null | undefined): ComposeType {
  switch (value) {
    case "newMail":
      return "new";
    case "reply":
      return "reply";
    case "replyAll":
      return "reply-all";
    case "forward":
      return "forward";
    default:
      return "unknown";
  }
}

/** A message that spreads addresses already sent once: how the alert words it. */
export type Spread = "reply-all" | "forward";

/**
 * Whether to tell the sender that this message sends a list out again. A reply with several people visible is
 * worded as a reply-all (Office.js cannot tell the two apart, and a reply to one person never has several);
 * a forward is one whatever its recipients. `visible` is the verdict's count of people in To and Cc.
 */
export function spreadOf(compose: ComposeType, visible: number): Spread | null {
  if (compose === "forward") return "forward";
  if (compose === "reply-all") return "reply-all";
  if (compose === "reply" && visible >= 2) return "reply-all";
  return null;
}
