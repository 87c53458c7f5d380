// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";

import { customers, person } from "../../test/support/recipients.ts";
import { renderPaneWithFakeOutlook } from "../../test/support/renderPaneWithFakeOutlook.tsx";

afterEach(cleanup);

const gmail = (count: number, start = 0) =>
  Array.from({ length: count }, (_, i) => person(`Fan ${start + i}`, `fan.${start + i}@gmail.com`));

/** What the pane's hidden live regions (not its "status", the move's outcome) say at the moment. */
function announcements(): string[] {
  return [...document.querySelectorAll('[aria-live="polite"]:not([role])')]
    .map((region) => region.textContent ?? "")
    .filter((text) => text !== "");
}

/** Every message box (Fluent's role="group") with the text of what names it; "" when the name points nowhere. */
function messageBoxNames(): string[] {
  return [...document.querySelectorAll(".fui-MessageBar")].map((box) => {
    const label = box.getAttribute("aria-label");
    if (label) return label;
    return (box.getAttribute("aria-labelledby") ?? "")
      .split(" ")
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" ")
      .trim();
  });
}

describe("the pane for screen-reader users", () => {
  it("says personal addresses as such, not as organisations of one person", async () => {
    const { host } = renderPaneWithFakeOutlook({ to: gmail(30) });
    const blocked = await screen.findByRole("group", { name: "Would be blocked" });
    expect(
      within(blocked).getByText(
        "30 people outside Contoso, with personal addresses, would see each other's addresses.",
      ),
    ).toBeTruthy();

    act(() => host.userSetRecipients("to", [...gmail(25), ...customers(3)]));
    expect(
      await screen.findByText(
        "28 people outside Contoso (25 with personal addresses, the others from 3 different organisations) would see each other's addresses.",
      ),
    ).toBeTruthy();
  });

  it("announces a change of status once it settles, not the status it opens with nor each recount", async () => {
    const { host } = renderPaneWithFakeOutlook({ to: [person("Buyer", "buyer@fabrikam.com")] });
    await screen.findByRole("group", { name: "Safe to send" });
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(announcements()).toEqual([]);

    // A burst of changes, as when addresses are pasted one after another: warning, then blocked.
    act(() => host.userSetRecipients("to", customers(6)));
    await screen.findByRole("group", { name: "Warning" });
    act(() => host.userSetRecipients("to", customers(25)));
    await screen.findByRole("group", { name: "Would be blocked" });
    await waitFor(() =>
      expect(announcements()).toEqual([
        "Would be blocked. 25 people outside Contoso would see each other's addresses.",
      ]),
    );

    // More people, same status: a recount, not a change, so nothing new is said.
    act(() => host.userSetRecipients("to", customers(30)));
    await screen.findByText("30 people outside Contoso would see each other's addresses.");
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(announcements()).toEqual(["Would be blocked. 25 people outside Contoso would see each other's addresses."]);
  });

  it("announces the progress of a long move in people, politely", async () => {
    const { host } = renderPaneWithFakeOutlook({ to: customers(320) });
    await screen.findByRole("group", { name: "Would be blocked" });
    host.setLatency(150, "bcc.addAsync");
    await userEvent.click(screen.getByRole("button", { name: "Move to Bcc" }));
    await waitFor(() => expect(announcements().join()).toMatch(/^Moving \d+ of 320 people…$/), { timeout: 4000 });
    expect(await screen.findByRole("group", { name: "Moved 320 people to Bcc." }, { timeout: 10_000 })).toBeTruthy();
  });

  it("names every message box: the status, the outcome of a move and a failure", async () => {
    const { host } = renderPaneWithFakeOutlook({ to: customers(25) });
    await screen.findByRole("group", { name: "Would be blocked" });
    host.injectFault({ method: "bcc.addAsync", call: 1, kind: "fail" });
    await userEvent.click(screen.getByRole("button", { name: "Move to Bcc" }));
    await screen.findByRole("group", { name: "Move to Bcc didn't finish" });
    expect(messageBoxNames()).toEqual(["Would be blocked", "Move to Bcc didn't finish"]);

    await userEvent.click(screen.getByRole("button", { name: "Retry" }));
    await screen.findByRole("group", { name: "Moved 25 people to Bcc." });
    await screen.findByRole("group", { name: "Safe to send" });
    expect(messageBoxNames()).toEqual(["Safe to send", "Moved 25 people to Bcc."]);
  });

  it("puts focus on the outcome after Move to Bcc and after Undo, never on the page", async () => {
    const user = userEvent.setup();
    renderPaneWithFakeOutlook({ to: customers(6) });
    await screen.findByRole("group", { name: "Warning" });
    await user.click(screen.getByRole("button", { name: "Move to Bcc" }));
    const moved = await screen.findByRole("group", { name: "Moved 6 people to Bcc." });
    await waitFor(() => expect(document.activeElement).toBe(moved));

    await user.click(within(moved).getByRole("button", { name: "Undo" }));
    const undone = await screen.findByRole("group", { name: "To, Cc and Bcc are back as they were." });
    await waitFor(() => expect(document.activeElement).toBe(undone));
  });
});
