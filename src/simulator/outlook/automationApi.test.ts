import { describe, expect, it } from "vitest";

import { createOutlookHost } from "../host/index.ts";

import { createSimulatorApi } from "./automationApi.ts";
import { SimulatedOutlook } from "./simulatedOutlook.ts";

function setUp() {
  const host = createOutlookHost();
  const outlook = new SimulatedOutlook(host);
  host.actions.associate("onMessageSendHandler", (event) => event.completed({ allowEvent: true }));
  outlook.runtimeLoaded(outlook.getSnapshot().runtimeLoadId);
  return { host, outlook, api: createSimulatorApi(outlook) };
}

describe("window.simulator", () => {
  it("takes recipients as addresses, 'Name <address>' or objects", () => {
    const { api } = setUp();
    api.setRecipients({
      to: ["ann@fabrikam.com", "Bob Ray <bob@northwind.com>"],
      cc: [{ emailAddress: "cy@contoso.com", displayName: "Cy" }],
    });
    expect(api.getRecipients()).toEqual({
      to: [
        { emailAddress: "ann@fabrikam.com", displayName: "ann@fabrikam.com" },
        { emailAddress: "bob@northwind.com", displayName: "Bob Ray" },
      ],
      cc: [{ emailAddress: "cy@contoso.com", displayName: "Cy" }],
      bcc: [],
    });
  });

  it("leaves a field it is not given as it was", () => {
    const { api } = setUp();
    api.setRecipients({ to: ["ann@fabrikam.com"], bcc: ["b@x.com"] });
    api.setRecipients({ to: ["cy@contoso.com"] });
    expect(api.getRecipients().bcc).toEqual([{ emailAddress: "b@x.com", displayName: "b@x.com" }]);
  });

  it("says what is wrong with a bad call instead of doing something else", () => {
    const { api } = setUp();
    expect(() => api.setRecipients({ to: [42 as unknown as string] })).toThrow(/to\[0\]/);
    expect(() => api.setRecipients({ to: "a@b.com" as unknown as string[] })).toThrow(/array/);
    expect(() => api.injectFault({ method: "bcc.moveAsync" as "bcc.addAsync", kind: "fail" })).toThrow(
      /unknown method/,
    );
    expect(() => api.setRequirementSet("1.13" as "1.14")).toThrow(/1\.14, 1\.15, 1\.16/);
    expect(() => api.setLanguage("French")).toThrow(/language tag/);
  });

  it("lists sent messages with who was in each field", async () => {
    const { api } = setUp();
    api.setRecipients({ to: ["agent@contoso.com"], bcc: ["Ann <ann@gmail.com>"] });
    api.setSubject("Newsletter");
    expect(await api.send()).toEqual({ sent: true });
    expect(api.sentMessages()).toEqual([
      {
        to: [{ emailAddress: "agent@contoso.com", displayName: "agent@contoso.com" }],
        cc: [],
        bcc: [{ emailAddress: "ann@gmail.com", displayName: "Ann" }],
        subject: "Newsletter",
        internetHeaders: {},
        client: "desktop",
      },
    ]);
  });
});
