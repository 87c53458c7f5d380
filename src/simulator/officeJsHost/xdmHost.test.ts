import { describe, expect, it } from "vitest";

import { OutlookHost } from "../host/outlookHost.ts";

import { createXdmHost } from "./xdmHost.ts";

const ADDIN = "https://localhost:3000";
const HOST = "https://localhost:4000";

/** An add-in frame reduced to its messages: what Office.js would post, and what it receives. */
function setup(host = new OutlookHost()) {
  const received: Record<string, unknown>[] = [];
  const focusHandBacks: string[] = [];
  const xdm = createXdmHost({
    onFocusHandBack: (direction) => focusHandBacks.push(direction),
    host,
    appId: "app-1",
    addinOrigin: ADDIN,
    hostOrigin: HOST,
    postToAddin: (json) => received.push(JSON.parse(json) as Record<string, unknown>),
  });
  let correlation = 0;
  const send = (actionName: string, actionType: 0 | 1 | 2, data: unknown, extra: Record<string, unknown> = {}) => {
    correlation += 1;
    return xdm.receive(
      JSON.stringify({
        _messageType: 0,
        _actionName: actionName,
        _actionType: actionType,
        _conversationId: "conversation-app-1",
        _correlationId: correlation,
        _origin: ADDIN,
        _data: data,
        ...extra,
      }),
    );
  };
  const execute = (dispid: number, params?: unknown) =>
    send("ExecuteMethod", 0, { ApiParams: params, MethodData: { ControlId: "app-1", DispatchId: dispid } });
  const lastAnswer = async () => {
    await tick();
    return received.at(-1);
  };
  return { host, xdm, received, send, execute, lastAnswer, focusHandBacks };
}

const tick = (ms = 5) => new Promise((resolve) => setTimeout(resolve, ms));

describe("createXdmHost", () => {
  it("gives the frame Outlook on the web's host and channel information", () => {
    const { xdm } = setup(new OutlookHost({ displayLanguage: "de-DE" }));
    expect(JSON.parse(xdm.channel.windowName)).toEqual({
      baseFrameName: "frame-conversation-app-1",
      hostInfo: "Outlook$Web$16.01$de-DE$$$disableLogging$0",
      xdmInfo: `conversation-app-1$app-1$${HOST}`,
      serializerVersion: 1,
    });
  });

  it("answers the app context with the host's language and requirement set, echoing the correlation id", async () => {
    const { send, lastAnswer } = setup(new OutlookHost({ displayLanguage: "ja-JP", requirementSet: "1.16" }));
    send("ContextActivationManager_getAppContextAsync", 0, "app-1");
    const answer = await lastAnswer();
    expect(answer).toMatchObject({ _messageType: 1, _responseType: 0, _correlationId: 1, _errorCode: 0 });
    expect(answer?._data).toMatchObject({
      _id: "app-1",
      _appName: 64,
      _appUILocale: "ja-JP",
      _requirementMatrix: '{"Mailbox":"1.16"}',
    });
  });

  it("ignores other conversations, other origins and anything that is not a request", () => {
    const { send, xdm } = setup();
    expect(send("GetInitialData", 0, {}, { _conversationId: "someone-else" })).toBe(false);
    expect(send("GetInitialData", 0, {}, { _origin: "https://evil.example" })).toBe(false);
    expect(xdm.receive("not json")).toBe(false);
    expect(xdm.receive(JSON.stringify({ _messageType: 1 }))).toBe(false);
    expect(send("GetInitialData", 0, {})).toBe(true);
  });

  it("answers recipients in Outlook's wire shape and host errors as bare codes", async () => {
    const host = new OutlookHost({
      to: [{ emailAddress: "ann@fabrikam.com", displayName: "Ann", recipientType: "externalUser" }],
    });
    const { execute, lastAnswer } = setup(host);
    execute(15, { recipientField: 0 });
    expect((await lastAnswer())?._data).toEqual({
      error: false,
      data: [{ address: "ann@fabrikam.com", name: "Ann", recipientType: 3 }],
    });

    host.injectFault({ method: "bcc.addAsync", kind: "fail", error: "InternalServerError" });
    execute(22, { recipientField: 2, recipientArray: [{ address: "bob@fabrikam.com", name: "Bob" }] });
    expect((await lastAnswer())?._data).toEqual({ error: true, errorCode: 9042 });
    execute(12, {});
    expect((await lastAnswer())?._data).toEqual({ error: true, errorCode: 5000 });
  });

  it("sends RecipientsChanged to a frame that registered for it, until it unregisters", async () => {
    const { host, send, received, lastAnswer } = setup();
    send("olkRecipientsChanged", 1, { controlId: "app-1", eventDispId: 47, targetId: "" });
    expect((await lastAnswer())?._data).toEqual({});
    host.userSetRecipients("cc", ["ann@fabrikam.com"]);
    await tick();
    expect(received.at(-1)).toMatchObject({
      _responseType: 1,
      _actionName: "olkRecipientsChanged",
      _data: ['{"to":false,"cc":true,"bcc":false}'],
    });

    send("olkRecipientsChanged", 2, { controlId: "app-1", eventDispId: 47, targetId: "" });
    await tick();
    const count = received.length;
    host.userSetRecipients("cc", []);
    await tick();
    expect(received).toHaveLength(count);
  });

  it("refuses an event registered under another dispid", async () => {
    const { send, lastAnswer, xdm } = setup();
    send("olkRecipientsChanged", 1, { controlId: "app-1", eventDispId: 9, targetId: "" });
    expect((await lastAnswer())?._data).toEqual({ Error: 5000 });
    expect(xdm.registeredEvents).toEqual([]);
  });

  it("sends a theme change as the numbers Office.js turns back into colours", async () => {
    const { host, send, received } = setup();
    send("officeThemeChanged", 1, { controlId: "app-1", eventDispId: 9, targetId: "" });
    await tick();
    host.setOfficeTheme({
      bodyBackgroundColor: "#1F1F1F",
      bodyForegroundColor: "#ffffff",
      controlBackgroundColor: "#2b2b2b",
      controlForegroundColor: "#ffffff",
      isDarkTheme: true,
    });
    await tick();
    expect(received.at(-1)?._data).toEqual([
      JSON.stringify({
        bodyBackgroundColor: 0x1f1f1f,
        bodyForegroundColor: 0xffffff,
        controlBackgroundColor: 0x2b2b2b,
        controlForegroundColor: 0xffffff,
      }),
    ]);
  });
});

describe("the frame's theme and focus", () => {
  it("sends the theme Outlook already has right after the frame registers, as Office.js reads none at load", async () => {
    const host = new OutlookHost();
    host.setOfficeTheme({
      bodyBackgroundColor: "#000000",
      bodyForegroundColor: "#ffffff",
      controlBackgroundColor: "#000000",
      controlForegroundColor: "#ffffff",
    });
    const { send, received } = setup(host);
    send("officeThemeChanged", 1, { controlId: "app-1", eventDispId: 9, targetId: "" });
    await tick();
    expect(received.map((message) => message._responseType)).toEqual([0, 1]);
    expect(received.at(-1)?._data).toEqual([
      JSON.stringify({
        bodyBackgroundColor: 0,
        bodyForegroundColor: 0xffffff,
        controlBackgroundColor: 0,
        controlForegroundColor: 0xffffff,
      }),
    ]);
  });

  it("sends no theme event to a frame when Outlook has its default theme", async () => {
    const { send, received } = setup();
    send("officeThemeChanged", 1, { controlId: "app-1", eventDispId: 9, targetId: "" });
    await tick();
    expect(received).toHaveLength(1);
  });

  it("takes the focus back when Office.js hands it over (Tab, Shift+Tab, no control, Esc)", async () => {
    const { send, focusHandBacks } = setup();
    for (const action of [13, 14, 17, 15, 21 /* the frame's URL: not about focus */]) {
      send("ContextActivationManager_notifyHost", 0, ["app-1", action]);
    }
    await tick();
    expect(focusHandBacks).toEqual(["next", "previous", "next", "leave"]);
  });
});

describe("dispatching through the frame", () => {
  const completion = (appCommandId: unknown, status: number, event?: unknown) => ({
    DdaMethod: { ControlId: "app-1", Version: 1, DispatchId: 94 },
    "0": appCommandId,
    "1": status,
    "2": event === undefined ? "" : JSON.stringify(event),
  });

  it("waits for the frame's registration, then settles at the first completion as the host's dispatch", async () => {
    const { host, xdm, send, received } = setup();
    host.useDispatcher(xdm.dispatcher);
    const outcome = host.dispatch("onMessageSendHandler", { type: "messageSend" });
    await tick();
    expect(received).toEqual([]);

    send("appCommandInvoked", 1, { controlId: "app-1", eventDispId: 39, targetId: "" });
    await tick();
    const event = received.at(-1);
    expect(event).toMatchObject({ _responseType: 1, _actionName: "appCommandInvoked" });
    const [appCommandId, callbackName, eventText] = event?._data as [string, string, string];
    expect([callbackName, JSON.parse(eventText)]).toEqual(["onMessageSendHandler", { type: "messageSend" }]);

    const completedEvent = { type: "messageSend", completedContext: { allowEvent: false, errorMessage: "No." } };
    send("executeMethod", 0, completion(appCommandId, 0, completedEvent));
    send("executeMethod", 0, completion(appCommandId, 0, completedEvent));
    await expect(outcome).resolves.toEqual({ completed: true, options: { allowEvent: false, errorMessage: "No." } });
    await tick();
    expect(received.at(-1)?._data).toEqual({ Version: 1, Error: 0 });
    expect(host.lastDispatch?.completedCalls).toBe(2);
  });

  it("ends as no-handler when Office.js finds no function of that name, and as timeout when nothing comes", async () => {
    const { xdm, send, received } = setup();
    send("appCommandInvoked", 1, { controlId: "app-1", eventDispId: 39, targetId: "" });
    await tick();
    const missing = xdm.dispatch("noSuchFunction");
    await tick();
    const [appCommandId] = received.at(-1)?._data as [string];
    send("executeMethod", 0, completion(appCommandId, 11101));
    await expect(missing).resolves.toEqual({ completed: false, reason: "no-handler" });
    await expect(xdm.dispatch("silent", {}, { timeoutMs: 20 })).resolves.toEqual({
      completed: false,
      reason: "timeout",
    });
  });

  it("closing ends waiting dispatches as timeouts and sends nothing more", async () => {
    const { host, xdm, send, received } = setup();
    send("olkRecipientsChanged", 1, { controlId: "app-1", eventDispId: 47, targetId: "" });
    await tick();
    const waiting = xdm.dispatch("onMessageSendHandler");
    xdm.close();
    await expect(waiting).resolves.toEqual({ completed: false, reason: "timeout" });
    const count = received.length;
    host.userSetRecipients("to", ["ann@fabrikam.com"]);
    await tick();
    expect(received).toHaveLength(count);
    expect(send("GetInitialData", 0, {})).toBe(false);
  });
});
