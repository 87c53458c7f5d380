/*
 * Office.js talks only to a host it trusts: an https origin on a Microsoft domain or on the add-in's own host
 * name. The simulated Outlook meets that check the intended way (https on localhost, like the add-in), with
 * nothing in Office.js patched; these tests show the check is really there.
 */
import { describe, expect, it } from "vitest";

import { OutlookHost } from "../../src/simulator/host/outlookHost.ts";

import { HOST_ORIGIN, openRealOfficeFrame } from "./realOfficeFrame.ts";
import { settle } from "./runtimes.ts";

describe("Office.js's host-trust check", () => {
  it.each([
    ["https on the add-in's host name", HOST_ORIGIN, true],
    ["plain http on the same host name", "http://localhost:4000", false],
    ["https on another host name", "https://outlook.contoso.test", false],
  ])("%s (%s) is trusted: %s", async (_case, hostOrigin, trusted) => {
    const frame = await openRealOfficeFrame({ host: new OutlookHost(), hostOrigin, callOnReady: false });
    try {
      await settle(800);
      if (trusted) expect(frame.messagesToHost).toContain("ContextActivationManager_getAppContextAsync");
      else expect(frame.messagesToHost).toEqual([]);
    } finally {
      frame.close();
    }
  });
});
