import type { Action, Reason, VerdictCounts } from "../engine/index.ts";

/**
 * The `contextData` the add-in hands the task pane when the Smart Alert's button or the notice's action opens
 * it (read there with `getInitializationContextAsync`). Only `writePaneContextData` writes it and only
 * `parsePaneOpenContext` reads it. `reasons` and `counts` travel for a reader that wants them; the pane reads
 * `source`, `action` and `error` alone.
 */
export type PaneContextData =
  /** Send stopped on a warn or a block. */
  | { source: "send"; action: "warn" | "block"; reasons: readonly Reason[]; counts: VerdictCounts }
  /** Send could not read the recipients and `policy.onError` stopped it. */
  | { source: "send"; error: true }
  /** The notice (infobar) shown while composing. */
  | { source: "infobar"; action: Action; counts: VerdictCounts };

/**
 * As Outlook takes it: a JSON string, because Outlook on Windows before build 17308 accepts nothing else.
 * (A function rather than a writer per source: the events bundle carries it, and that costs fewer bytes.)
 */
export function writePaneContextData(data: PaneContextData): string {
  return JSON.stringify(data);
}

/** Why the task pane was opened, as the pane shows it; null when the user opened it. */
export type PaneOpenContext =
  | { source: "send"; action: "warn" | "block" }
  | { source: "send-error" }
  | { source: "infobar"; action: "warn" | "block" | "allow" };

/**
 * Reads context data defensively: it crosses a runtime boundary as a string, and older clients may hand over
 * something else entirely. Anything unrecognised means "opened by the user" (null), never an error.
 */
export function parsePaneOpenContext(text: string | null | undefined): PaneOpenContext | null {
  if (typeof text !== "string" || text.trim() === "") return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!data || typeof data !== "object") return null;
  const { source, action, error } = data as Record<string, unknown>;
  if (source === "send") {
    if (error === true) return { source: "send-error" };
    if (action === "warn" || action === "block") return { source: "send", action };
    return null;
  }
  if (source === "infobar" && (action === "warn" || action === "block" || action === "allow"))
    return { source: "infobar", action };
  return null;
}
