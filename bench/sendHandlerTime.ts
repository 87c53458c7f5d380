import { handleMessageSend } from "../src/events/sendHandler.ts";
import { createTestOutlook } from "../test/support/testOutlook.ts";

import { BENCH_POLICY } from "./evaluateTime.ts";
import { mixedRecipients } from "./recipientLists.ts";
import { timeRuns } from "./timing.ts";
import type { Timing } from "./timing.ts";

export interface SendHandlerFigure {
  recipients: number;
  latencyMs: number;
  /** What the handler decided (the run is only meaningful if it did not fall back to onError). */
  decision: string;
  /** OnMessageSend from the event to `event.completed`. */
  handler: Timing;
  /** The same seven rounds of calls made raw against the fake (the lease, the fields twice, the sender). */
  ioFloor: Timing;
  /** Handler median minus I/O floor median (wall clock): what reading results, deciding and writing the alert add. */
  overheadMs: number;
  /** The same difference in CPU time, which the machine's load hardly moves. */
  cpuOverheadMs: number;
  officeCalls: number;
}

/**
 * The send handler against the fake Outlook with a fixed latency per call. Its I/O cannot go below two
 * round trips (three concurrent reads, then the sender), so the floor is measured as exactly those raw calls.
 */
export async function measureSendHandler(count: number, latencyMs: number): Promise<SendHandlerFigure> {
  const outlook = createTestOutlook({ ...mixedRecipients(count), latencyMs }, 10_000);
  const item = outlook.office.context.mailbox.item as Office.MessageCompose;
  const rawCall = <T>(call: (callback: (result: Office.AsyncResult<T>) => void) => void) =>
    new Promise<T>((resolve, reject) =>
      call((result) =>
        result.status === outlook.office.AsyncResultStatus.Succeeded ? resolve(result.value) : reject(result.error),
      ),
    );
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
    await rawCall((cb) => item.sessionData.getAsync("bccGuard.lock", cb)).catch(() => undefined);
    await rawCall((cb) => item.sessionData.removeAsync("bccGuard.lock", cb));
  };
  let decision = "none";
  const send = () =>
    new Promise<void>((resolve) => {
      const event = {
        completed(options?: Record<string, unknown>) {
          decision = options?.allowEvent === true ? "allow" : options?.sendModeOverride ? "warn" : "block";
          resolve();
        },
      };
      void handleMessageSend(event, { item: outlook.item, policy: BENCH_POLICY, client: outlook.client });
    });

  outlook.host.resetCallLog();
  await send();
  const officeCalls = outlook.host.callCount();
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
  };
}
