import { formatRecipientList } from "../../outlook/recipientText.ts";
import type { SentMessage } from "../../outlook/simulatedOutlook.ts";

/** What would have gone out, newest first, with who was in which field. */
export function SentList({ sent }: { sent: readonly SentMessage[] }) {
  return (
    <section className="sent" aria-labelledby="sent-heading">
      <h2 id="sent-heading">Sent ({sent.length})</h2>
      {sent.length === 0 ? (
        <p className="sent-empty">Nothing sent yet.</p>
      ) : (
        <ol className="sent-list" reversed>
          {[...sent].reverse().map((message, i) => (
            <li key={sent.length - i} className="sent-item">
              <strong>{message.subject || "(no subject)"}</strong>
              <span className="sent-counts">
                {`To ${message.to.length} · Cc ${message.cc.length} · Bcc ${message.bcc.length}`}
              </span>
              <details>
                <summary>Recipients</summary>
                {(["to", "cc", "bcc"] as const).map((field) => (
                  <p key={field} className="sent-field">
                    <span className="sent-field-name">{field === "to" ? "To" : field === "cc" ? "Cc" : "Bcc"}: </span>
                    {formatRecipientList(message[field]) || "(none)"}
                  </p>
                ))}
              </details>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
