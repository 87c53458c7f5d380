import { describe, expect, it } from "vitest";

import { readCompletion } from "./completedOptions.ts";

const event = (value: unknown) => JSON.stringify(value);

describe("readCompletion", () => {
  it("takes the options a handler passed to completed() out of the event Office.js sends back", () => {
    const options = { allowEvent: false, errorMessage: "Blocked", sendModeOverride: "promptUser" };
    expect(
      readCompletion({ "0": "cmd-1", "1": 0, "2": event({ type: "messageSend", completedContext: options }) }),
    ).toEqual({
      kind: "completed",
      appCommandId: "cmd-1",
      options,
      event: { type: "messageSend" },
    });
  });

  it("reads completed() without options as no options", () => {
    expect(readCompletion({ "0": "cmd-1", "1": 0, "2": event({ type: "messageSend" }) })).toMatchObject({
      kind: "completed",
      options: undefined,
    });
  });

  it("tells a missing handler from other failures, and ignores what is not a completion", () => {
    expect(readCompletion({ "0": "cmd-2", "1": 11101, "2": "" })).toEqual({
      kind: "no-handler",
      appCommandId: "cmd-2",
      status: 11101,
    });
    expect(readCompletion({ "0": "cmd-3", "1": 5001, "2": "" })).toMatchObject({ kind: "failed", status: 5001 });
    expect(readCompletion({ "0": "cmd-4", "1": 0, "2": "{not json" })).toMatchObject({ kind: "failed" });
    expect(readCompletion({ "0": 4, "1": 0 })).toBeUndefined();
    expect(readCompletion(null)).toBeUndefined();
  });
});
