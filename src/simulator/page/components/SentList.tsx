import { Button } from "@fluentui/react-components";

import { formatRecipientList } from "../../outlook/recipientText.ts";
import type { ResponseKind, SentMessage, SimulatedOutlook } from "../../outlook/simulatedOutlook.ts";

const RESPONSES: readonly { kind: ResponseKind; label: string }[] = [
  { kind: "reply", label: "Reply" },
  { kind: "replyAll", label: "Reply all" },
  { kind: "forward", label: "Forward" },
];

const COMPOSE_TYPE_TEXT: Record<SentMessage["composeType"], string> = {
  newMail: "new message",
  reply: "reply",
  forward: "forward",
};

/**
 * What would have gone out, newest first: who was in which field, the internet headers the add-in set (the
 * X-BCC-Guard verdict stamp, or a note that there is none), and Reply, Reply all and Forward, each opening a
 * new compose window as Outlook would.
 */
export function SentList({ sent, outlook }: { sent: readonly SentMessage[]; outlook: SimulatedOutlook }) {
  return (
    <section className="sent" aria-labelledby="sent-heading">
      <h2 id="sent-heading">Sent ({sent.length})</h2>
      {sent.length === 0 ? (
        <p className="sent-empty">Nothing sent yet.</p>
      ) : (
        <ol className="sent-list" reversed>
          {[...sent].reverse().map((message, i) => {
            const index = sent.length - 1 - i;
            const subject = message.subject || "(no subject)";
            const headers = Object.entries(message.internetHeaders);
            return (
              <li key={index} className="sent-item" aria-label={`Sent: ${subject}`}>
                <strong>{subject}</strong>
                <span className="sent-counts">
                  {`To ${message.to.length} · Cc ${message.cc.length} · Bcc ${message.bcc.length} · ${COMPOSE_TYPE_TEXT[message.composeType]}`}
                </span>
                {headers.length === 0 ? (
                  <p className="sent-headers sent-no-stamp">
                    No X-BCC-Guard stamp: the add-in did not record this message.
                  </p>
                ) : (
                  <dl className="sent-headers" aria-label="Internet headers">
                    {headers.map(([name, value]) => (
                      <div key={name} className="sent-header">
                        <dt>{name}:</dt>
                        <dd>{value}</dd>
                      </div>
                    ))}
                  </dl>
                )}
                <details>
                  <summary>Recipients</summary>
                  {(["to", "cc", "bcc"] as const).map((field) => (
                    <p key={field} className="sent-field">
                      <span className="sent-field-name">{field === "to" ? "To" : field === "cc" ? "Cc" : "Bcc"}: </span>
                      {formatRecipientList(message[field]) || "(none)"}
                    </p>
                  ))}
                </details>
                <div className="sent-actions" role="group" aria-label={`Answer “${subject}”`}>
                  {RESPONSES.map(({ kind, label }) => (
                    <Button key={kind} size="small" onClick={() => outlook.respond(index, kind)}>
                      {label}
                    </Button>
                  ))}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
