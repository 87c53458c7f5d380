import { describe, expect, it } from "vitest";

import { createChannelInfo } from "./channelInfo.ts";

describe("createChannelInfo", () => {
  it("describes Outlook on the web and the channel as Office.js reads them from window.name", () => {
    const info = createChannelInfo({
      conversationId: "c1",
      appId: "a1",
      hostOrigin: "https://localhost:4000",
      locale: "fr-FR",
    });
    expect(info.hostInfo).toBe("Outlook$Web$16.01$fr-FR$$$disableLogging$0");
    expect(info.xdmInfo).toBe("c1$a1$https://localhost:4000");
    expect(JSON.parse(info.windowName)).toEqual({
      baseFrameName: "frame-c1",
      hostInfo: info.hostInfo,
      xdmInfo: info.xdmInfo,
      serializerVersion: 1,
    });
  });

  it.each([
    [{ conversationId: "c$1", appId: "a1", hostOrigin: "https://localhost:4000" }, /conversationId/],
    [{ conversationId: "c1", appId: "", hostOrigin: "https://localhost:4000" }, /appId/],
    [{ conversationId: "c1", appId: "a1", hostOrigin: "https://localhost:4000/page" }, /origin/],
  ])("refuses fields Office.js would split wrongly: %o", (options, message) => {
    expect(() => createChannelInfo(options)).toThrow(message);
  });
});
