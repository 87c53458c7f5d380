import { Button } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";

import { DONT_SEND } from "../../outlook/smartAlertDialog.ts";
import type { SmartAlertDialog } from "../../outlook/smartAlertDialog.ts";
import type { SimulatedOutlook } from "../../outlook/simulatedOutlook.ts";

import { AlertMessage } from "./AlertMessage.tsx";

export interface SmartAlertProps {
  outlook: SimulatedOutlook;
  dialog: SmartAlertDialog | null;
  addinBase: string;
}

/**
 * The Smart Alert, drawn as Outlook on the web draws it: the add-in's name and icon, its message, the buttons.
 * A native modal <dialog> (Escape means Don't Send): Fluent's Dialog adds hidden focus helpers to the page
 * that axe reports as focusable hidden elements.
 */
export function SmartAlert({ outlook, dialog, addinBase }: SmartAlertProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [error, setError] = useState("");
  const open = dialog !== null;

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  const press = (label: string) => {
    setError("");
    outlook.clickDialogButton(label).catch((reason: unknown) => setError(String(reason)));
  };

  return (
    <dialog
      ref={ref}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-message`}
      className="smart-alert"
      onCancel={(event) => {
        event.preventDefault();
        press(DONT_SEND);
      }}
    >
      {dialog && (
        <>
          <h2 id={`${id}-title`} className="alert-title">
            <img src={`${addinBase}assets/icon-32.png`} alt="" width={24} height={24} />
            {dialog.title}
          </h2>
          <div id={`${id}-message`} className="alert-message">
            <AlertMessage blocks={dialog.message} />
          </div>
          {dialog.problems.length > 0 && (
            <div className="alert-problems">
              <strong>Simulator note (real Outlook would not show this):</strong>
              <ul>
                {dialog.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </div>
          )}
          {error && <p role="alert">{error}</p>}
          <div className="alert-buttons">
            {dialog.buttons.map((button, i) => (
              <Button
                key={button.label}
                appearance={i === 0 ? "primary" : "secondary"}
                onClick={() => press(button.label)}
              >
                {button.label}
              </Button>
            ))}
          </div>
        </>
      )}
    </dialog>
  );
}
