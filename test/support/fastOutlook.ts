import type { Recipient, RecipientField } from "../../src/engine/index.ts";
import { createMailItem } from "../../src/office/mailItem.ts";
import type { MailItem } from "../../src/office/mailItem.ts";

/**
 * How a broken call behaves: "fail" answers an error and changes nothing; "hang" never answers (the add-in's
 * own timeout ends it) and changes nothing; "lost-answer" changes the fields but never answers, as a host that
 * applied the write and then lost the reply would.
 */
export type FastFaultKind = "fail" | "hang" | "lost-answer";

export interface FastFault {
  method: string;
  /** The Nth call of `method` from the start breaks (1-based). */
  call: number;
  kind: FastFaultKind;
}

/**
 * A compose item for property tests that run thousands of moves: the same Office.js call shapes as the
 * simulator's fake (100 per call, field limit, session data capped at its JSON length), answered in a microtask
 * instead of a timer, so a run costs microseconds. Hung calls end by the add-in's timeout (`timeoutMs`).
 * The simulator's OutlookHost stays the reference; tests that use this one also run a smaller sample there.
 */
export function createFastOutlook(
  initial: { to?: Recipient[]; cc?: Recipient[]; bcc?: Recipient[] },
  options: { fieldLimit?: number; sessionDataChars?: number; timeoutMs?: number } = {},
) {
  const fields: Record<RecipientField, Recipient[]> = {
    to: [...(initial.to ?? [])],
    cc: [...(initial.cc ?? [])],
    bcc: [...(initial.bcc ?? [])],
  };
  const sessionData = new Map<string, string>();
  const fieldLimit = options.fieldLimit ?? 500;
  const sessionDataChars = options.sessionDataChars ?? 50_000;
  let faults: FastFault[] = [];
  const seen = new Map<string, number>();
  const calls: string[] = [];

  type Callback = (result: {
    status: string;
    value?: unknown;
    error?: { code: number; name: string; message: string };
  }) => void;
  const answer = (method: string, cb: Callback | undefined, run: () => unknown): void => {
    calls.push(method);
    const n = (seen.get(method) ?? 0) + 1;
    seen.set(method, n);
    const fault = faults.find((f) => f.method === method && f.call === n);
    if (fault?.kind === "hang") return;
    if (fault?.kind === "lost-answer") {
      queueMicrotask(() => {
        try {
          run();
        } catch {
          // The host refused it; the add-in never hears either way.
        }
      });
      return;
    }
    queueMicrotask(() => {
      if (fault) {
        cb?.({ status: "failed", error: { code: 9002, name: "InternalFormatError", message: "injected" } });
        return;
      }
      try {
        cb?.({ status: "succeeded", value: run() });
      } catch (error) {
        const { code, name } = error as { code: number; name: string };
        cb?.({ status: "failed", error: { code, name, message: String(name) } });
      }
    });
  };
  const hostError = (code: number, name: string) => Object.assign(new Error(name), { code, name });
  const checkChunk = (list: unknown) => {
    if (!Array.isArray(list) || list.length > 100) throw new Error("Office.js: at most 100 recipients per call");
    return (list as Recipient[]).map((r) => ({ emailAddress: r.emailAddress, displayName: r.displayName }));
  };
  const write = (field: RecipientField, next: Recipient[]) => {
    if (next.length > fieldLimit) throw hostError(9012, "NumberOfRecipientsExceeded");
    fields[field] = next;
  };
  const recipients = (field: RecipientField) => ({
    getAsync: (cb: Callback) => answer(`${field}.getAsync`, cb, () => fields[field].map((r) => ({ ...r }))),
    setAsync: (list: unknown, cb: Callback) => {
      const chunk = checkChunk(list);
      answer(`${field}.setAsync`, cb, () => write(field, chunk));
    },
    addAsync: (list: unknown, cb: Callback) => {
      const chunk = checkChunk(list);
      answer(`${field}.addAsync`, cb, () => write(field, [...fields[field], ...chunk]));
    },
  });
  const item = {
    to: recipients("to"),
    cc: recipients("cc"),
    bcc: recipients("bcc"),
    from: {
      getAsync: (cb: Callback) =>
        answer("from.getAsync", cb, () => ({ emailAddress: "agent@contoso.com", displayName: "Alex Agent" })),
    },
    sessionData: {
      getAsync: (name: string, cb: Callback) =>
        answer("sessionData.getAsync", cb, () => {
          const value = sessionData.get(name);
          if (value === undefined) throw hostError(9050, "SessionObjectNotFound");
          return value;
        }),
      setAsync: (name: string, value: string, cb: Callback) =>
        answer("sessionData.setAsync", cb, () => {
          const next = new Map(sessionData).set(name, value);
          if (JSON.stringify(Object.fromEntries(next)).length > sessionDataChars)
            throw hostError(9051, "SessionObjectMaxLengthExceeded");
          sessionData.set(name, value);
        }),
      removeAsync: (name: string, cb: Callback) =>
        answer("sessionData.removeAsync", cb, () => sessionData.delete(name)),
    },
  };
  const office = {
    context: {
      displayLanguage: "en-US",
      requirements: { isSetSupported: (_name: string, version: string) => Number(version.split(".")[1]) <= 15 },
      mailbox: { item, userProfile: { emailAddress: "agent@contoso.com", displayName: "Alex Agent" } },
    },
  } as unknown as typeof Office;

  return {
    office,
    /** A fresh port over the same item, as another runtime (the ribbon command, another pane) would have. */
    newItem: (): MailItem => createMailItem(office, options.timeoutMs ?? 2),
    fields: () => ({ to: [...fields.to], cc: [...fields.cc], bcc: [...fields.bcc] }),
    sessionData,
    calls,
    injectFaults(next: FastFault[]) {
      faults = [...next];
      seen.clear();
    },
    clearFaults() {
      faults = [];
    },
  };
}
