import vm from "node:vm";

import { summarize } from "./timing.ts";
import type { Timing } from "./timing.ts";

export interface ColdStartFigure {
  recipients: number;
  runs: number;
  decision: string;
  /** From compiling events.js in a fresh context to `event.completed` of the first send. */
  timing: Timing;
}

/**
 * The send handler's cold start: Outlook loads events.js into a fresh runtime and at once asks it to decide a
 * send. Each run compiles the built script in a new `node:vm` context (its source made unique, so V8's
 * in-process compilation cache cannot help, as it could not in a new Outlook runtime), with a minimal Office
 * stand-in whose calls answer at once, and times it up to the first `event.completed`: parsing, the domain
 * lists' set-up and the first decision, with no I/O.
 */
export async function measureColdStart(code: string, recipients: number, runs = 21): Promise<ColdStartFigure> {
  const to = Array.from({ length: recipients }, (_, i) => ({
    emailAddress: `customer${i}@${["gmail.com", "libero.it", "naver.com", "bigpond.com"][i % 4]}`,
    displayName: `Customer ${i}`,
  }));
  const wall: number[] = [];
  const cpu: number[] = [];
  let decision = "";
  for (let run = 0; run < runs; run += 1) {
    const handlers = new Map<string, (event: unknown) => void>();
    const office = minimalOffice(to, (name, handler) => handlers.set(name, handler));
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const context = vm.createContext({ Office: office, setTimeout, clearTimeout });
    new vm.Script(`${code}\n//# run ${run}`, { filename: "events.js" }).runInContext(context);
    const options = await new Promise<unknown>((resolve) => {
      handlers.get("onMessageSendHandler")?.({ type: "messageSend", completed: resolve });
    });
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    decision = describe(options);
  }
  return { recipients, runs, decision, timing: summarize(wall, cpu) };
}

function describe(options: unknown): string {
  const o = (options ?? {}) as { allowEvent?: boolean; sendModeOverride?: string };
  if (o.allowEvent !== false) return "allow";
  return o.sendModeOverride ? "warn" : "block";
}

/** Just what the send handler touches, answering every asynchronous call at once with success. */
function minimalOffice(
  to: readonly { emailAddress: string; displayName: string }[],
  associate: (name: string, handler: (event: unknown) => void) => void,
) {
  const succeed =
    (value: unknown) =>
    (...args: unknown[]) => {
      const callback = args.reverse().find((arg): arg is (result: unknown) => void => typeof arg === "function");
      callback?.({ status: "succeeded", value });
    };
  const field = (value: unknown) =>
    new Proxy({}, { get: (_target, name) => (String(name).endsWith("Async") ? succeed(value) : undefined) });
  const item = {
    to: field(to),
    cc: field([]),
    bcc: field([]),
    from: field({ emailAddress: "agent@contoso.com", displayName: "Agent" }),
    subject: field("Your feedback"),
    body: field(""),
    internetHeaders: field(undefined),
    sessionData: field(""),
    notificationMessages: field(undefined),
    getComposeTypeAsync: succeed({ composeType: "newMail" }),
  };
  return {
    actions: { associate },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      displayLanguage: "en-US",
      requirements: { isSetSupported: () => true },
      mailbox: {
        item,
        userProfile: { emailAddress: "agent@contoso.com", displayName: "Agent" },
        diagnostics: { hostName: "Outlook" },
      },
    },
  };
}
