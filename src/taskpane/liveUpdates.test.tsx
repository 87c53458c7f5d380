// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";

import { customers, person } from "../../test/support/recipients.ts";
import { renderPaneWithFakeOutlook } from "../../test/support/renderPaneWithFakeOutlook.tsx";

afterEach(cleanup);

const sendBlock = JSON.stringify({ source: "send", action: "block", reasons: ["exposed-parties"], counts: {} });
const infobarWarn = JSON.stringify({ source: "infobar", action: "warn", counts: {} });

describe("the pane while the message changes", () => {
  it("recounts when recipients change, with one subscription however many changes come", async () => {
    const { host } = renderPaneWithFakeOutlook({ to: [person("Buyer", "buyer@fabrikam.com")] });
    await screen.findByRole("group", { name: "Safe to send" });

    act(() => host.userSetRecipients("to", customers(6)));
    expect(await screen.findByRole("group", { name: "Warning" })).toBeTruthy();
    act(() => host.userSetRecipients("cc", customers(20, 100)));
    const blocked = await screen.findByRole("group", { name: "Would be blocked" });
    expect(within(blocked).getByText("26 people outside Contoso would see each other's addresses.")).toBeTruthy();

    expect(host.callCount("addHandlerAsync")).toBe(2); // RecipientsChanged and InitializationContextChanged, once each
  });

  it("folds a burst of changes into few reads and ends on the latest recipients", async () => {
    const { host } = renderPaneWithFakeOutlook({ to: customers(1) });
    await screen.findByRole("group", { name: "Safe to send" });
    host.setLatency(20, "to.getAsync");
    host.resetCallLog();
    act(() => {
      for (let count = 2; count <= 12; count++) host.userSetRecipients("to", customers(count));
    });
    const counts = await screen.findByRole("region", { name: "Recipients" });
    await waitFor(() =>
      expect(within(counts).getByText("In To and Cc: 12 from outside and 0 colleagues.")).toBeTruthy(),
    );
    expect(host.callCount("to.getAsync")).toBeLessThanOrEqual(2);
    // One read of the three fields, plus one look at the undo copy (another runtime may have moved), never more.
    expect(host.peakPendingCalls).toBeLessThanOrEqual(4);
    expect(host.callCount("sessionData.getAsync")).toBeLessThanOrEqual(2);
  });

  it("keeps the last figures on screen while a recount is on its way", async () => {
    const { host } = renderPaneWithFakeOutlook({ to: customers(6) });
    await screen.findByRole("group", { name: "Warning" });
    host.setLatency(100, "to.getAsync");
    act(() => host.userSetRecipients("to", customers(25)));
    await waitFor(() => expect(host.pendingCalls).toBeGreaterThan(0));
    expect(screen.getByRole("group", { name: "Warning" })).toBeTruthy();
    expect(screen.queryByText("Reading the recipients…")).toBeNull();
    expect(await screen.findByRole("group", { name: "Would be blocked" })).toBeTruthy();
  });

  it("stops listening when the pane closes", async () => {
    const { host, unmount } = renderPaneWithFakeOutlook({ to: customers(6) });
    await screen.findByRole("group", { name: "Warning" });
    await waitFor(() => expect(host.callCount("addHandlerAsync")).toBe(2));
    unmount();
    await waitFor(() => expect(host.callCount("removeHandlerAsync")).toBe(2));
  });

  it("says why it opened when the send alert opened it", async () => {
    renderPaneWithFakeOutlook({ to: customers(25), initializationContext: sendBlock });
    expect(await screen.findByText("Opened from the send alert: the message would be blocked.")).toBeTruthy();
    expect(await screen.findByRole("group", { name: "Would be blocked" })).toBeTruthy();
  });

  it("says nothing about opening when the user opened it from the ribbon", async () => {
    renderPaneWithFakeOutlook({ to: customers(6) });
    await screen.findByRole("group", { name: "Warning" });
    expect(screen.queryByText(/^Opened from/)).toBeNull();
  });

  it("handles a second open while already showing: new reason, fresh count", async () => {
    const { host } = renderPaneWithFakeOutlook({ to: customers(6), initializationContext: infobarWarn });
    expect(await screen.findByText("Opened from the BCC Guard notice on this message.")).toBeTruthy();
    await waitFor(() => expect(host.callCount("addHandlerAsync")).toBe(2));
    const readsBefore = host.callCount("to.getAsync");

    act(() => host.setInitializationContext(sendBlock, { notify: true }));
    expect(await screen.findByText("Opened from the send alert: the message would be blocked.")).toBeTruthy();
    expect(screen.queryByText("Opened from the BCC Guard notice on this message.")).toBeNull();
    await waitFor(() => expect(host.callCount("to.getAsync")).toBeGreaterThan(readsBefore));
  });
});
