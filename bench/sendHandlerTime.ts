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
  /**
   * The same rounds of calls made raw against the fake: To, Cc and Bcc together, the sender, the compose type,
   * and the verdict stamp's write when the decision lets the message go (a block is not stamped).
   */
  ioFloor: Timing;
  /** Handler median minus I/O floor median (wall clock): what reading results, deciding and writing the alert add. */
  overheadMs: number;
  /** The same difference in CPU time, which the machine's load hardly moves. */
  cpuOverheadMs: number;
  officeCalls: number;
  /** Rounds of Office calls the handler cannot avoid: reads, sender, compose type, and the stamp unless blocked. */
  rounds: number;
}

/**
 * The send handler against the fake Outlook with a fixed latency per call, wired as the event runtime wires
 * it (compose type and stamp included). Its I/O cannot go below its rounds of calls (three concurrent reads,
 * the sender, the compose type, and the stamp unless it blocks), so the floor is measured as exactly those.
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
  let stamped = true;
  const rawRounds = async () => {
    await Promise.all([
      rawCall((cb) => item.to.getAsync(cb)),
      rawCall((cb) => item.cc.getAsync(cb)),
      rawCall((cb) => item.bcc.getAsync(cb)),
    ]);
    await rawCall((cb) => item.from.getAsync(cb));
    await rawCall((cb) => item.getComposeTypeAsync(cb));
    if (stamped) await rawCall<void>((cb) => item.internetHeaders.setAsync({ "X-BCC-Guard": "v=1" }, cb));
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
      const { headers, composeType } = outlook;
      void handleMessageSend(event, {
        item: outlook.item,
        policy: BENCH_POLICY,
        client: outlook.client,
        headers,
        composeType,
      });
    });

  outlook.host.resetCallLog();
  await send();
  const officeCalls = outlook.host.callCount();
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
    rounds: stamped ? 4 : 3,
  };
}
