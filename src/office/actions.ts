import { getOffice } from "./officeGlobal.ts";

/** An Outlook event as the handlers use it: they must call `completed` exactly once. */
export interface CompletableEvent {
  completed(options?: Record<string, unknown>): void;
}

/**
 * Registers handlers by the names the manifest uses. Called at the top level of the events script, never
 * inside Office.onReady: classic Outlook on Windows does not run onReady before a handler.
 */
export function associateActions(handlers: Record<string, (event: CompletableEvent) => void>): void {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office?.actions) return;
  for (const [name, handler] of Object.entries(handlers)) getOffice().actions.associate(name, handler);
  // Older Office.js builds (the 2022 npm package among them) hand launch events to the page only once
  // Office.onReady has been called. Nothing here waits for it: classic Outlook never runs it, and the
  // handlers read what they need when their event arrives.
  try {
    void office.onReady?.()?.catch?.(() => undefined);
  } catch {
    // A runtime without onReady delivers events anyway.
  }
}
