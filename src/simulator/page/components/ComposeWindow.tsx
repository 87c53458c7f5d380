import { Button, Input, Select, Spinner, Textarea } from "@fluentui/react-components";
import { useId } from "react";

import type { RecipientField as RecipientFieldName } from "../../../engine/index.ts";
import { isPhone } from "../../host/index.ts";
import type { SimulatedOutlook } from "../../outlook/simulatedOutlook.ts";
import { useStore } from "../useStore.ts";

import { Infobars } from "./Infobars.tsx";
import { RecipientField } from "./RecipientField.tsx";
import { Ribbon } from "./Ribbon.tsx";

/** Accounts the From menu offers; the first is the simulator's default mailbox. */
const ACCOUNTS = [
  { emailAddress: "agent@contoso.com", displayName: "Alex Agent" },
  { emailAddress: "support@contoso.com", displayName: "Contoso Support" },
];

const FIELDS: readonly { field: RecipientFieldName; label: string }[] = [
  { field: "to", label: "To" },
  { field: "cc", label: "Cc" },
  { field: "bcc", label: "Bcc" },
];

export interface ComposeWindowProps {
  outlook: SimulatedOutlook;
  addinBase: string;
  /** What the last preset is expected to do. */
  note: string;
}

/** Outlook's compose window: ribbon, infobars, From, To, Cc, Bcc, Subject, Body and Send. */
export function ComposeWindow({ outlook, addinBase, note }: ComposeWindowProps) {
  const { host } = outlook;
  const message = useStore(host);
  const state = useStore(outlook);
  const accounts = ACCOUNTS.some((account) => account.emailAddress === message.from.emailAddress)
    ? ACCOUNTS
    : [message.from, ...ACCOUNTS];
  const busy = state.sending || state.dialog !== null;
  const id = useId();
  return (
    <section className="compose" aria-label="New message" data-client={message.client}>
      {/* A phone has no ribbon: the add-in only reaches the sender through its one notice. */}
      {!isPhone(message.client) && <Ribbon outlook={outlook} addinBase={addinBase} />}
      <Infobars outlook={outlook} notifications={message.notifications} />
      <form
        className="compose-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) void outlook.send();
        }}
      >
        <div className="compose-actions">
          <Button type="submit" appearance="primary" disabled={busy}>
            Send
          </Button>
          <Button type="button" onClick={() => outlook.newCompose()}>
            Discard
          </Button>
          <div role="status" aria-live="polite" className="compose-status">
            {state.sending && <Spinner size="extra-tiny" />}
            <span>{state.status}</span>
          </div>
        </div>
        <div className="compose-row">
          <label htmlFor={`${id}-from`} className="field-label">
            From
          </label>
          <Select
            id={`${id}-from`}
            value={message.from.emailAddress}
            onChange={(_, data) => {
              const account = accounts.find((candidate) => candidate.emailAddress === data.value);
              if (account) host.setFrom(account);
            }}
          >
            {accounts.map((account) => (
              <option key={account.emailAddress} value={account.emailAddress}>
                {`${account.displayName} <${account.emailAddress}>`}
              </option>
            ))}
          </Select>
        </div>
        {FIELDS.map(({ field, label }) => (
          <RecipientField
            key={field}
            label={label}
            recipients={message[field]}
            onCommit={(recipients) => host.userSetRecipients(field, recipients)}
          />
        ))}
        <div className="compose-row">
          <label htmlFor={`${id}-subject`} className="field-label">
            Subject
          </label>
          <Input id={`${id}-subject`} value={message.subject} onChange={(_, data) => host.userSetSubject(data.value)} />
        </div>
        <label htmlFor={`${id}-body`} className="visually-hidden">
          Message
        </label>
        <Textarea
          id={`${id}-body`}
          className="compose-body"
          value={message.body}
          resize="vertical"
          rows={8}
          onChange={(_, data) => host.userSetBody(data.value)}
        />
        {note && <p className="compose-note">{note}</p>}
      </form>
    </section>
  );
}
