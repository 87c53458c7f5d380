import { describe, expect, it } from "vitest";

import { createOutlookHost } from "../host/index.ts";

import { createSimulatorApi } from "./automationApi.ts";
import { SimulatedOutlook } from "./simulatedOutlook.ts";

function setUp() {
  const host = createOutlookHost();
  const outlook = new SimulatedOutlook(host);
  // A stand-in add-in that stamps and allows, as BCC Guard does for a harmless message.
  const associate = () =>
    host.actions.associate("onMessageSendHandler", (event) => {
      void host
        .setInternetHeaders({ "X-BCC-Guard": "v=1; action=allow" })
        .then(() => event.completed({ allowEvent: true }));
    });
  associate();
  outlook.subscribe(() => {
    if (host.actions.names.length === 0) associate();
    outlook.runtimeLoaded(outlook.getSnapshot().runtimeLoadId);
  });
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
    expect(() => api.setTheme("black" as "dark")).toThrow(/"light", "dark", "highContrast"/);
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
        internetHeaders: { "X-BCC-Guard": "v=1; action=allow" },
        composeType: "newMail",
        client: "desktop",
      },
    ]);
  });

  it("sets the theme the add-in hears through Office.js", () => {
    const { api, host } = setUp();
    api.setTheme("dark");
    expect(host.officeTheme).toMatchObject({ bodyBackgroundColor: "#292929", isDarkTheme: true });
  });

  it("answers a sent message as Outlook does: Reply all keeps To and Cc, Forward starts empty", async () => {
    const { api } = setUp();
    api.setRecipients({ to: ["ann@gmail.com"], cc: ["bob@yahoo.com", "cy@orange.net"], bcc: ["dee@aol.com"] });
    api.setSubject("RE: Outage");
    await api.send();

    await api.respondToSent(0, "replyAll");
    expect(api.getRecipients()).toEqual({
      to: [{ emailAddress: "ann@gmail.com", displayName: "ann@gmail.com" }],
      cc: [
        { emailAddress: "bob@yahoo.com", displayName: "bob@yahoo.com" },
        { emailAddress: "cy@orange.net", displayName: "cy@orange.net" },
      ],
      bcc: [],
    });
    await api.send();
    expect(api.sentMessages()[1]).toMatchObject({ subject: "RE: Outage", composeType: "reply" });

    await api.respondToSent(0, "reply");
    expect(api.getRecipients()).toMatchObject({ to: [{ emailAddress: "ann@gmail.com" }], cc: [], bcc: [] });

    await api.respondToSent(0, "forward");
    expect(api.getRecipients()).toEqual({ to: [], cc: [], bcc: [] });
    api.setRecipients({ to: ["eve@gmail.com"] });
    await api.send();
    expect(api.sentMessages()[2]).toMatchObject({ subject: "FW: Outage", composeType: "forward" });

    await expect(api.respondToSent(9, "reply")).rejects.toThrow(/no sent message 9/);
    await expect(api.respondToSent(0, "replyToAll" as "reply")).rejects.toThrow(/kind must be/);
  });
});
