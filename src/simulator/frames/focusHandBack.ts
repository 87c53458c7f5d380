import type { FocusHandBack } from "../officeJsHost/index.ts";

/** What may take the keyboard focus on the simulator page; `isTabStop` sorts out the rest. */
const FOCUSABLE = "a[href], button, input, select, textarea, iframe, summary, [tabindex]";

/**
 * Outlook's side of an add-in frame giving the focus back: the page's next Tab stop after the frame, the one
 * before it, or (Esc, F2) the one before it too, which is the pane's own header. Wraps around the page's ends
 * as the browser's Tab does.
 */
export function moveFocusPast(frame: HTMLIFrameElement, direction: FocusHandBack): void {
  const stops = [...frame.ownerDocument.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => element === frame || isTabStop(element),
  );
  const at = stops.indexOf(frame);
  if (at < 0 || stops.length < 2) return;
  const step = direction === "next" ? 1 : -1;
  const target = stops[(at + step + stops.length) % stops.length];
  target?.focus();
}

function isTabStop(element: HTMLElement): boolean {
  if (element.tabIndex < 0 || (element as HTMLButtonElement).disabled) return false;
  if (element.closest("[inert], [hidden], [aria-hidden='true']")) return false;
  // Not rendered (display: none, or inside a closed <details>/<dialog>).
  return element.getClientRects().length > 0;
}
