import { useEffect } from "react";

/** Fluent draws its focus ring on the element carrying this attribute (set by its own keyboard detection). */
const FLUENT_FOCUS_VISIBLE = "data-fui-focus-visible";
/** A focus this soon after a pointer press came from that press. */
const POINTER_FOCUS_MS = 1_000;

/**
 * Shows the focus ring when focus enters the pane from Outlook without a pointer: by Tab or F6 in Outlook, or
 * when Office.js places focus on the pane's first control. The key was pressed in Outlook's window, so the
 * pane's own keyboard detection (Fluent's) never saw it and would hide the ring until the next key. A mouse or
 * touch press into the pane shows no ring, as usual.
 */
export function useFocusRingOnEntry(doc: Document = document): void {
  useEffect(() => {
    const win = doc.defaultView;
    if (!win) return;
    let pointerAt = -Infinity;
    // Whether focus was in this frame before the focus that is arriving now.
    let inside = doc.hasFocus();
    const onPointer = () => {
      pointerAt = performance.now();
    };
    const onWindowBlur = (event: FocusEvent) => {
      if (event.target === win) inside = false;
    };
    const onFocusIn = (event: FocusEvent) => {
      const entering = !inside;
      inside = true;
      const target = event.target;
      if (!entering || !(target instanceof win.HTMLElement)) return;
      if (performance.now() - pointerAt < POINTER_FOCUS_MS || target.hasAttribute(FLUENT_FOCUS_VISIBLE)) return;
      target.setAttribute(FLUENT_FOCUS_VISIBLE, "");
      target.addEventListener("focusout", () => target.removeAttribute(FLUENT_FOCUS_VISIBLE), { once: true });
    };
    doc.addEventListener("pointerdown", onPointer, true);
    doc.addEventListener("focusin", onFocusIn, true);
    win.addEventListener("blur", onWindowBlur);
    return () => {
      doc.removeEventListener("pointerdown", onPointer, true);
      doc.removeEventListener("focusin", onFocusIn, true);
      win.removeEventListener("blur", onWindowBlur);
    };
  }, [doc]);
}
