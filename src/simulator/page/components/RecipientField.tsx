import { Textarea } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";

import type { HostRecipient } from "../../host/index.ts";
import { formatRecipientList, parseRecipientList } from "../../outlook/recipientText.ts";

export interface RecipientFieldProps {
  label: string;
  recipients: readonly HostRecipient[];
  /** Called with the whole field when the user pauses, pastes or leaves it. */
  onCommit(recipients: HostRecipient[]): void;
}

/** Outlook resolves typed recipients when the user pauses; a paste of hundreds counts as one change. */
const RESOLVE_AFTER_MS = 700;

/**
 * To, Cc or Bcc: "Name <address>" entries separated by semicolons, commas or new lines, so a column pasted
 * from a spreadsheet works. While the user is editing, the text is theirs; otherwise it shows the field as it is.
 */
export function RecipientField({ label, recipients, onCommit }: RecipientFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const commit = (text: string) => {
    clearTimeout(timer.current);
    dirty.current = false;
    onCommit(parseRecipientList(text));
  };
  const count = recipients.length;
  return (
    <div className="recipient-field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <Textarea
        id={id}
        className="recipient-input"
        aria-describedby={`${id}-count`}
        value={draft ?? formatRecipientList(recipients)}
        resize="vertical"
        onFocus={() => setDraft(formatRecipientList(recipients))}
        onChange={(_, data) => {
          setDraft(data.value);
          dirty.current = true;
          clearTimeout(timer.current);
          timer.current = setTimeout(() => commit(data.value), RESOLVE_AFTER_MS);
        }}
        onBlur={(event) => {
          if (dirty.current) commit(event.currentTarget.value);
          setDraft(null);
        }}
      />
      <span id={`${id}-count`} className="field-count">
        {count === 1 ? "1 recipient" : `${count} recipients`}
      </span>
    </div>
  );
}
