import { readClientInfo } from "../../src/office/clientInfo.ts";
import { createComposeTypeReader } from "../../src/office/composeType.ts";
import type { ComposeTypeReader } from "../../src/office/composeType.ts";
import { createHeaderWriter } from "../../src/office/internetHeaders.ts";
import type { HeaderWriter } from "../../src/office/internetHeaders.ts";
import { createMailItem } from "../../src/office/mailItem.ts";
import type { MailItem } from "../../src/office/mailItem.ts";
import { createFakeOffice } from "../../src/simulator/fakeOfficeJs/index.ts";
import { OutlookHost } from "../../src/simulator/host/index.ts";
import type { OutlookHostOptions } from "../../src/simulator/host/index.ts";

/** A compose window in the fake Outlook, wired the way the add-in's entry points wire the real one. */
export interface TestOutlook {
  host: OutlookHost;
  office: typeof Office;
  item: MailItem;
  client: ReturnType<typeof readClientInfo>;
  /** The verdict stamp's writer and the compose type's reader, as the event runtime wires them. */
  headers: HeaderWriter;
  composeType: ComposeTypeReader;
}

export function createTestOutlook(options: OutlookHostOptions = {}, callTimeoutMs = 1000): TestOutlook {
  const host = new OutlookHost(options);
  const office = createFakeOffice(host) as unknown as typeof Office;
  return {
    host,
    office,
    item: createMailItem(office, callTimeoutMs),
    client: readClientInfo(office),
    headers: createHeaderWriter(office, callTimeoutMs),
    composeType: createComposeTypeReader(office, callTimeoutMs),
  };
}

/** Records every `completed` call of a fake Outlook event. */
export function recordingEvent() {
  const calls: (Record<string, unknown> | undefined)[] = [];
  return {
    calls,
    event: {
      completed(options?: Record<string, unknown>) {
        calls.push(options);
      },
    },
  };
}
