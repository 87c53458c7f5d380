import { handleMessageSend } from "../src/events/sendHandler.ts";
import { createTestOutlook } from "../test/support/testOutlook.ts";

import { BENCH_POLICY } from "./evaluateTime.ts";
import { mixedRecipients } from "./recipientLists.ts";
import { RUNS, WARM_UP, timeRuns } from "./timing.ts";
import type { Timing } from "./timing.ts";

export interface SendHandlerFigure {
  recipients: number;
  latencyMs: number;
  /** What the handler decided (the run is only meaningful if it did not fall back to onError). */
  decision: string;
  /** OnMessageSend from the event to `event.completed`. */
  handler: Timing;
  /**
   * The same rounds of calls made raw against the fake: the lease (look, take), To/Cc/Bcc together, the sender,
   * To/Cc/Bcc again (to decide on what is sent), the compose type, the verdict stamp's write (with the undo copy's
   * removal beside it) when the decision lets the message go, and the lease (look, let go).
   */
  ioFloor: Timing;
  /** Handler median minus I/O floor median (wall clock): what reading results, deciding and writing the alert add. */
  overheadMs: number;
  /** The same difference in CPU time, which the machine's load hardly moves. */
  cpuOverheadMs: number;
  officeCalls: number;
  /** Rounds of Office calls the handler makes: see `ioFloor`. */
  rounds: number;
}

/**
 * The send handler against the fake Outlook with a fixed latency per call, wired as the event runtime wires
 * it (compose type and stamp included). Its I/O cannot go below its rounds of calls (three concurrent reads,
 * the sender, the compose type, and the stamp unless it blocks), so the floor is measured as exactly those.
 * Each run sends another message of the same mix (its own people), as each real send is: one message sent over and
 * over would time what the runtime has kept warm from the last run, not a first check.
 */
export async function measureSendHandler(count: number, latencyMs: number): Promise<SendHandlerFigure> {
  const messages = Array.from({ length: 1 + WARM_UP + RUNS }, (_, i) =>
    createTestOutlook({ ...mixedRecipients(count, { seed: i + 1 }), latencyMs }, 10_000),
  );
  const outlook = messages[0]!;
  const item = outlook.office.context.mailbox.item as Office.MessageCompose;
  const rawCall = <T>(call: (callback: (result: Office.AsyncResult<T>) => void) => void) =>
    new Promise<T>((resolve, reject) =>
      call((result) =>
        result.status === outlook.office.AsyncResultStatus.Succeeded ? resolve(result.value) : reject(result.error),
      ),
    );
  let stamped = true;
  const readFields = () =>
    Promise.all([
      rawCall((cb) => item.to.getAsync(cb)),
      rawCall((cb) => item.cc.getAsync(cb)),
      rawCall((cb) => item.bcc.getAsync(cb)),
    ]);
  const lease = JSON.stringify({ owner: "send", until: 0 });
  // The handler's rounds: look at the lease, take it, read the fields, the sender, read the fields again (to
  // decide on what is sent), look at the lease and let it go. A missing session value answers an error: caught.
  const rawRounds = async () => {
    await rawCall((cb) => item.sessionData.getAsync("bccGuard.lock", cb)).catch(() => undefined);
    await rawCall((cb) => item.sessionData.setAsync("bccGuard.lock", lease, cb));
    await readFields();
    await rawCall((cb) => item.from.getAsync(cb));
    await readFields();
    await rawCall((cb) => item.getComposeTypeAsync(cb));
    if (stamped)
      await Promise.all([
        rawCall<void>((cb) => item.internetHeaders.setAsync({ "X-BCC-Guard": "v=1" }, cb)),
        rawCall((cb) => item.sessionData.removeAsync("bccGuard.undo", cb)).catch(() => undefined),
      ]);
    await rawCall((cb) => item.sessionData.getAsync("bccGuard.lock", cb)).catch(() => undefined);
    await rawCall((cb) => item.sessionData.removeAsync("bccGuard.lock", cb));
  };
  const decisions = new Set<string>();
  let sent = 0;
  const send = () =>
    new Promise<void>((resolve) => {
      const event = {
        completed(options?: Record<string, unknown>) {
          decisions.add(options?.allowEvent === true ? "allow" : options?.sendModeOverride ? "warn" : "block");
          resolve();
        },
      };
      const message = messages[sent++ % messages.length]!;
      const { headers, composeType } = message;
      void handleMessageSend(event, {
        item: message.item,
        policy: BENCH_POLICY,
        client: message.client,
        headers,
        composeType,
      });
    });

  outlook.host.resetCallLog();
  await send();
  const officeCalls = outlook.host.callCount();
  const decision = [...decisions].join(" / ");
  stamped = decision !== "block";
  const ioFloor = await timeRuns(rawRounds);
  const handler = await timeRuns(send);
  return {
    recipients: count,
    latencyMs,
    decision,
    handler,
    ioFloor,
    overheadMs: handler.median - ioFloor.median,
    cpuOverheadMs: handler.cpuMedian - ioFloor.cpuMedian,
    officeCalls,
    rounds: stamped ? 10 : 9,
  };
}
