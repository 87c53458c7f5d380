import { describe, expect, it } from "vitest";

import { createOutlookHost } from "../host/index.ts";
import type { ActionHandler, EventCompletedOptions, OutlookHost } from "../host/index.ts";

import { SimulatedOutlook } from "./simulatedOutlook.ts";

const customers = Array.from({ length: 30 }, (_, i) => ({
  emailAddress: `c${i}@gmail.com`,
  displayName: `Customer ${i}`,
}));

const warn: EventCompletedOptions = {
  allowEvent: false,
  errorMessage: "30 people would see each other's addresses.",
  errorMessageMarkdown: "**30 people** would see each other's addresses.",
  cancelLabel: "Move to Bcc",
  commandId: "moveToBccButton",
  contextData: '{"source":"send","action":"warn"}',
  sendModeOverride: "promptUser",
};

/** Plays the add-in's event runtime: associates the handlers and says the runtime has loaded. */
function loadRuntime(outlook: SimulatedOutlook, handlers: Record<string, ActionHandler>): void {
  for (const [name, handler] of Object.entries(handlers)) outlook.host.actions.associate(name, handler);
  outlook.runtimeLoaded(outlook.getSnapshot().runtimeLoadId);
}

function setUp(
  handlers: Record<string, ActionHandler>,
  options = {},
): { outlook: SimulatedOutlook; host: OutlookHost } {
  const host = createOutlookHost();
  const outlook = new SimulatedOutlook(host, { recipientsChangedDelayMs: 5, ...options });
  loadRuntime(outlook, handlers);
  return { outlook, host };
}

const allow: ActionHandler = (event) => event.completed({ allowEvent: true });

describe("SimulatedOutlook", () => {
  it("sends what the add-in allows, files it under Sent and opens an empty compose window", async () => {
    const { outlook, host } = setUp({ onMessageSendHandler: allow });
    host.setRequirementSet("1.16");
    host.loadCompose({ to: customers.slice(0, 2), bcc: customers.slice(2), subject: "Hello" });

    expect(await outlook.send()).toEqual({ sent: true });

    const [sent] = outlook.getSnapshot().sent;
    expect(sent?.to).toEqual(customers.slice(0, 2));
    expect(sent?.bcc).toEqual(customers.slice(2));
    expect(sent?.subject).toBe("Hello");
    expect(host.getSnapshot()).toMatchObject({ to: [], cc: [], bcc: [], subject: "", requirementSet: "1.16" });
  });

  it("shows the Smart Alert for a warning and sends the message only on Send Anyway", async () => {
    const { outlook, host } = setUp({ onMessageSendHandler: (event) => event.completed(warn) });
    host.loadCompose({ to: customers });

    const outcome = await outlook.send();
    expect(outcome).toEqual({
      sent: false,
      dialog: {
        message: "30 people would see each other's addresses.",
        buttons: ["Move to Bcc", "Send Anyway", "Don't Send"],
      },
    });
    expect(outlook.getSnapshot().sent).toHaveLength(0);

    await outlook.clickDialogButton("Send Anyway");
    expect(outlook.getSnapshot().sent[0]?.to).toHaveLength(30);
    expect(outlook.getSnapshot().dialog).toBeNull();
  });

  it("keeps the message on Don't Send", async () => {
    const { outlook, host } = setUp({ onMessageSendHandler: (event) => event.completed(warn) });
    host.loadCompose({ to: customers });
    await outlook.send();
    await outlook.clickDialogButton("Don't Send");
    expect(outlook.getSnapshot()).toMatchObject({ dialog: null, sent: [] });
    expect(host.getSnapshot().to).toHaveLength(30);
  });

  it("runs the dialog's function command with its context data and waits for it to complete", async () => {
    const seen: { context?: string; source?: unknown } = {};
    const { outlook, host } = setUp({
      onMessageSendHandler: (event) => event.completed(warn),
      moveToBcc: async (event) => {
        const context = await host.getInitializationContext();
        seen.context = context.ok ? context.value : "";
        seen.source = event.source;
        await new Promise((resolve) => setTimeout(resolve, 20));
        await host.setRecipients("bcc", customers);
        event.completed();
      },
    });
    host.loadCompose({ to: customers });
    await outlook.send();
    await outlook.clickDialogButton("Move to Bcc");

    expect(seen).toEqual({ context: warn.contextData, source: { id: "moveToBccButton" } });
    expect(host.getSnapshot().bcc).toHaveLength(30);
  });

  it("opens the task pane with the context data, and tells an open pane through InitializationContextChanged", async () => {
    const { outlook, host } = setUp({
      onMessageSendHandler: (event) => event.completed({ ...warn, commandId: "openPaneButton" }),
    });
    // The page reports each pane load; here the test plays the page.
    outlook.subscribe(() => outlook.paneLoaded(outlook.getSnapshot().pane.loadId));
    host.loadCompose({ to: customers });
    await outlook.send();
    await outlook.clickDialogButton("Move to Bcc");
    expect(outlook.getSnapshot().pane.open).toBe(true);
    expect(host.getSnapshot().initializationContext).toBe(warn.contextData);

    const told: string[] = [];
    host.onInitializationContextChanged((event) => told.push(event.initializationContext));
    await outlook.openTaskPane('{"source":"infobar","action":"warn"}');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(told).toEqual(['{"source":"infobar","action":"warn"}']);
  });

  it("gathers quick recipient changes into one OnMessageRecipientsChanged naming every changed field", async () => {
    const events: unknown[] = [];
    const { outlook, host } = setUp({
      onMessageRecipientsChangedHandler: (event) => {
        events.push(event.changedRecipientFields);
        event.completed();
      },
    });
    host.userSetRecipients("to", customers.slice(0, 1));
    host.userSetRecipients("cc", customers.slice(1, 2));
    await outlook.whenIdle();
    expect(events).toEqual([{ to: true, cc: true, bcc: false }]);
  });

  it("keeps the message and shows Outlook's own dialog when the add-in never completes Send", async () => {
    const { outlook, host } = setUp({ onMessageSendHandler: () => undefined }, { eventTimeoutMs: 30 });
    host.loadCompose({ to: customers });
    const outcome = await outlook.send();
    expect(outcome.sent).toBe(false);
    expect(outcome.dialog?.buttons).toEqual(["Don't Send"]);
    expect(host.getSnapshot().to).toHaveLength(30);
  });

  it("asks for a recipient before running the add-in", async () => {
    let calls = 0;
    const { outlook } = setUp({
      onMessageSendHandler: (event) => {
        calls += 1;
        allow(event);
      },
    });
    expect(await outlook.send()).toEqual({ sent: false });
    expect(calls).toBe(0);
  });

  it("waits for the new event runtime after a new compose window before raising events", async () => {
    const { outlook, host } = setUp({ onMessageSendHandler: allow });
    outlook.newCompose();
    host.loadCompose({ to: customers });
    let settled = false;
    const sending = outlook.send().then((outcome) => {
      settled = true;
      return outcome;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    loadRuntime(outlook, { onMessageSendHandler: allow });
    expect(await sending).toEqual({ sent: true });
  });

  it("resets to Mailbox 1.15, English, Alex Agent, no faults, no delay and an empty Sent list", async () => {
    const { outlook, host } = setUp({ onMessageSendHandler: allow });
    host.loadCompose({ to: customers });
    await outlook.send();
    host.setRequirementSet("1.14");
    host.setDisplayLanguage("fr-FR");
    host.setFrom({ emailAddress: "support@contoso.com", displayName: "Support" });
    outlook.setLatency(50);
    outlook.injectFault({ method: "bcc.addAsync", kind: "fail" });

    outlook.reset();

    expect(outlook.getSnapshot()).toMatchObject({ sent: [], faults: [], latencyMs: 0, dialog: null });
    expect(host.getSnapshot()).toMatchObject({
      requirementSet: "1.15",
      displayLanguage: "en-US",
      from: { emailAddress: "agent@contoso.com", displayName: "Alex Agent" },
    });
  });

  it("keeps unfired faults and the delay across a new compose window", () => {
    const { outlook, host } = setUp({});
    outlook.setLatency(40);
    outlook.injectFault({ method: "to.setAsync", call: 2, kind: "hang" });
    outlook.newCompose();
    expect(host.faults).toEqual([{ method: "to.setAsync", call: 2, kind: "hang" }]);
    expect(outlook.getSnapshot().latencyMs).toBe(40);
  });

  it("lists a one-shot fault as fired once it has broken its call, until the faults are cleared", async () => {
    const { outlook, host } = setUp({});
    outlook.injectFault({ method: "bcc.addAsync", call: 1, kind: "fail" });
    outlook.injectFault({ method: "to.getAsync", kind: "fail" });
    outlook.newCompose();
    expect(outlook.getSnapshot().firedFaults).toEqual([]);

    expect((await host.addRecipients("bcc", ["ann@fabrikam.com"])).ok).toBe(false);
    expect(outlook.getSnapshot().faults).toEqual([{ method: "to.getAsync", kind: "fail" }]);
    expect(outlook.getSnapshot().firedFaults).toEqual([{ method: "bcc.addAsync", call: 1, kind: "fail" }]);

    outlook.newCompose();
    expect(outlook.getSnapshot().firedFaults).toHaveLength(1);
    outlook.clearFaults();
    expect(outlook.getSnapshot()).toMatchObject({ faults: [], firedFaults: [] });
  });

  it("does not count a fault the user removed as fired", () => {
    const { outlook } = setUp({});
    outlook.injectFault({ method: "bcc.addAsync", call: 1, kind: "fail" });
    const [fault] = outlook.getSnapshot().faults;
    if (fault) outlook.removeFault(fault);
    expect(outlook.getSnapshot()).toMatchObject({ faults: [], firedFaults: [] });
  });

  it("starts a new compose window without the last one's result", async () => {
    const { outlook, host } = setUp({ onMessageSendHandler: allow });
    host.loadCompose({ to: customers.slice(0, 1), subject: "Hello" });
    const before = outlook.getSnapshot().composeId;
    await outlook.send();
    expect(outlook.getSnapshot().status).toMatch(/^Sent “Hello”/);
    expect(outlook.getSnapshot().composeId).toBeGreaterThan(before);
    outlook.newCompose();
    expect(outlook.getSnapshot().status).toBe("");
  });

  it("runs the recipients-changed handler again after a language change, so the notice is in the new language", async () => {
    const languages: string[] = [];
    const { outlook, host } = setUp({
      onMessageRecipientsChangedHandler: (event) => {
        languages.push(host.displayLanguage);
        event.completed();
      },
    });
    host.userSetRecipients("to", customers);
    await outlook.whenIdle();
    outlook.setDisplayLanguage("de-DE");
    await outlook.whenIdle();
    expect(languages).toEqual(["en-US", "de-DE"]);
    outlook.setDisplayLanguage("de-DE");
    await outlook.whenIdle();
    expect(languages).toHaveLength(2);
  });

  it("sets Outlook's theme by name, kept across a new compose window", () => {
    const { outlook, host } = setUp({});
    expect(host.officeTheme).toBeUndefined();
    outlook.setTheme("highContrast");
    outlook.newCompose();
    expect(host.officeTheme).toMatchObject({ bodyBackgroundColor: "#000000", bodyForegroundColor: "#ffffff" });
    outlook.setTheme("dark");
    expect(host.officeTheme?.isDarkTheme).toBe(true);
  });
});
