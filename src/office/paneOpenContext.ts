/**
 * Why the task pane was opened, from the `contextData` the Smart Alert's button or the infobar's action passed
 * (read with `getInitializationContextAsync`). The send handler writes `{ source: "send", action, reasons, counts }`
 * or `{ source: "send", error: true }`; the recipients-changed handler writes `{ source: "infobar", action, counts }`.
 */
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
