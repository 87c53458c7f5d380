// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";

import { createMailItem } from "../office/mailItem.ts";
import { createSnapshotStore } from "../office/recipientSnapshot.ts";
import { moveToBcc } from "../office/safeMove.ts";
import { OutlookHost } from "../simulator/host/index.ts";
import { customers, person } from "../../test/support/recipients.ts";
import {
  everyone,
  fakeOfficeFor,
  renderPaneWithFakeOutlook,
  TEST_POLICY,
} from "../../test/support/renderPaneWithFakeOutlook.tsx";

afterEach(cleanup);

const dana = person("Dana", "dana@contoso.com");

async function pressMove() {
  await userEvent.click(await screen.findByRole("button", { name: "Move to Bcc", description: /^Moves/ }));
}

describe("Move to Bcc in the pane", () => {
  it("moves outside people, keeps colleagues, reports the result and recounts to safe", async () => {
    const { host } = renderPaneWithFakeOutlook({ to: [...customers(25), dana] });
    await screen.findByRole("group", { name: "Would be blocked" });
    await pressMove();
    const status = screen.getByRole("status");
    expect(await within(status).findByText("Moved 25 people to Bcc.")).toBeTruthy();
    expect(host.getSnapshot().to.map((r) => r.emailAddress)).toEqual(["dana@contoso.com"]);
    expect(host.getSnapshot().bcc).toHaveLength(25);
    expect(await screen.findByRole("group", { name: "Safe to send" })).toBeTruthy();
  });

  it("stops when Outlook fails midway, loses nobody, explains, and Retry finishes the move", async () => {
    const original = {
      to: [...customers(250), dana],
      cc: customers(3, 500),
      bcc: [person("Audit", "audit@contoso.com")],
    };
    const { host } = renderPaneWithFakeOutlook(original);
    const before = everyone(host);
    await screen.findByRole("group", { name: "Would be blocked" });
    host.injectFault({ method: "bcc.addAsync", call: 2, kind: "fail" });

    await pressMove();
    const failure = await screen.findByRole("group", { name: "Move to Bcc didn't finish" });
    expect(within(failure).getByText(/Outlook stopped while adding people to Bcc. Nobody was removed/)).toBeTruthy();
    expect(everyone(host)).toEqual(before);
    expect(host.getSnapshot().to).toHaveLength(251);

    await userEvent.click(within(failure).getByRole("button", { name: "Retry" }));
    expect(await within(screen.getByRole("status")).findByText("Moved 253 people to Bcc.")).toBeTruthy();
    expect(everyone(host)).toEqual(before);
    expect(host.getSnapshot().to.map((r) => r.emailAddress)).toEqual(["dana@contoso.com"]);
    expect(host.getSnapshot().cc).toEqual([]);
  });

  it("keeps everyone when rewriting To fails after Bcc was filled, and says so", async () => {
    const { host } = renderPaneWithFakeOutlook({ to: [...customers(25), dana] });
    const before = everyone(host);
    await screen.findByRole("group", { name: "Would be blocked" });
    host.injectFault({ method: "to.setAsync", call: 1, kind: "fail" });
    await pressMove();
    const failure = await screen.findByRole("group", { name: "Move to Bcc didn't finish" });
    expect(within(failure).getByText(/Everyone is in Bcc, but Outlook stopped while updating To and Cc/)).toBeTruthy();
    expect(within(failure).getByRole("button", { name: "Undo" })).toBeTruthy();
    expect(everyone(host)).toEqual(before);
  });

  it("Undo after a failed attempt and its retry restores the exact To, Cc and Bcc from before", async () => {
    const original = {
      to: [...customers(150), dana],
      cc: customers(2, 900),
      bcc: [person("Audit", "audit@contoso.com")],
    };
    const { host } = renderPaneWithFakeOutlook(original);
    const before = host.getSnapshot();
    await screen.findByRole("group", { name: "Would be blocked" });
    host.injectFault({ method: "cc.setAsync", call: 1, kind: "fail" });
    await pressMove();
    const failure = await screen.findByRole("group", { name: "Move to Bcc didn't finish" });
    await userEvent.click(within(failure).getByRole("button", { name: "Retry" }));
    const status = screen.getByRole("status");
    // The retry finishes what was left: the two people still in Cc.
    await within(status).findByText("Moved 2 people to Bcc.");

    await userEvent.click(within(status).getByRole("button", { name: "Undo" }));
    expect(await within(status).findByText("To, Cc and Bcc are back as they were.")).toBeTruthy();
    const after = host.getSnapshot();
    expect({ to: after.to, cc: after.cc, bcc: after.bcc }).toEqual({ to: before.to, cc: before.cc, bcc: before.bcc });
    expect(await screen.findByRole("group", { name: "Would be blocked" })).toBeTruthy();
    expect(within(status).queryByRole("button", { name: "Undo" })).toBeNull();
  });

  it("Undo puts the user back out of To after a move that had put them there", async () => {
    const { host } = renderPaneWithFakeOutlook({ to: customers(8) });
    const before = host.getSnapshot().to;
    await pressMove();
    const status = screen.getByRole("status");
    expect(await within(status).findByText("You were added to To so that it isn't empty.")).toBeTruthy();
    expect(host.getSnapshot().to.map((r) => r.emailAddress)).toEqual(["agent@contoso.com"]);
    await userEvent.click(within(status).getByRole("button", { name: "Undo" }));
    await within(status).findByText("To, Cc and Bcc are back as they were.");
    expect(host.getSnapshot().to).toEqual(before);
    expect(host.getSnapshot().bcc).toEqual([]);
  });

  it("offers Undo at once for a move made earlier by the ribbon command, and it restores the message", async () => {
    const host = new OutlookHost({ to: [...customers(6), dana] });
    const before = host.getSnapshot();
    // The ribbon's command runs in another runtime, with the same safe move and its own memory.
    const ribbonItem = createMailItem(fakeOfficeFor(host), 200);
    await moveToBcc(ribbonItem, TEST_POLICY, createSnapshotStore(ribbonItem), { fieldLimit: 500 });
    expect(host.getSnapshot().bcc).toHaveLength(6);

    renderPaneWithFakeOutlook(host);
    const status = screen.getByRole("status");
    expect(await within(status).findByText(/Move to Bcc was used on this message/)).toBeTruthy();
    await userEvent.click(within(status).getByRole("button", { name: "Undo" }));
    await within(status).findByText("To, Cc and Bcc are back as they were.");
    expect(host.getSnapshot().to).toEqual(before.to);
    expect(host.getSnapshot().bcc).toEqual([]);
  });

  it("shows progress on long lists", async () => {
    const { host } = renderPaneWithFakeOutlook({ to: customers(320) });
    await screen.findByRole("group", { name: "Would be blocked" });
    host.setLatency(40, "bcc.addAsync");
    await pressMove();
    const bar = await screen.findByRole("progressbar", { name: /^Moving \d+ of 320 people…$/ });
    expect(bar.getAttribute("aria-valuemax")).toBe("5");
    expect(
      await within(screen.getByRole("status")).findByText("Moved 320 people to Bcc.", {}, { timeout: 3000 }),
    ).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("says so when Outlook is slow to answer, and goes quiet once it answers", async () => {
    // Outlook's own patience (15 s per call), so that a 7-second answer is slow, not a failure.
    const { host } = renderPaneWithFakeOutlook({ to: customers(25) }, TEST_POLICY, 15_000);
    await screen.findByRole("group", { name: "Would be blocked" });
    host.setLatency(7000, "bcc.addAsync");
    await pressMove();
    const slow = /^Outlook is slow to answer\. If it has not answered within 15 seconds, BCC Guard stops safely/;
    expect(await screen.findByText(slow, { selector: "p" }, { timeout: 7500 })).toBeTruthy();
    expect(
      await within(screen.getByRole("status")).findByText("Moved 25 people to Bcc.", {}, { timeout: 5000 }),
    ).toBeTruthy();
    // The visible sentence goes (the live region may keep its last announcement, as screen readers expect).
    expect(screen.queryByText(slow, { selector: "p" })).toBeNull();
  }, 20_000);

  it("says before the click that a contact group in To stops the move, and moves nothing", async () => {
    const { host } = renderPaneWithFakeOutlook({
      to: [...customers(6), { emailAddress: "", displayName: "All customers" }],
    });
    const button = await screen.findByRole("button", {
      name: "Move to Bcc",
      description:
        "Move to Bcc can't run while To holds the contact group All customers: " +
        "expand it (select the + next to its name) or remove it first.",
    });
    expect(button.getAttribute("aria-disabled")).toBe("true");
    const before = host.getSnapshot();
    await userEvent.click(button);
    expect(host.getSnapshot().to).toEqual(before.to);
    expect(host.getSnapshot().bcc).toEqual(before.bcc);
  });

  it("moves around a contact group in a field it does not need to rewrite", async () => {
    const { host } = renderPaneWithFakeOutlook({
      to: customers(6),
      cc: [dana, { emailAddress: "", displayName: "Team" }],
    });
    await screen.findByRole("button", {
      name: "Move to Bcc",
      description:
        "Moves 6 people to Bcc, keeps 1 colleague visible, puts you in To and leaves 1 contact group where it is.",
    });
    await pressMove();
    const status = screen.getByRole("status");
    expect(
      await within(status).findByText("1 entry, such as a contact group, couldn't be moved: please check it."),
    ).toBeTruthy();
    expect(host.getSnapshot().cc.map((r) => r.displayName)).toEqual(["Dana", "Team"]);
  });

  it("says before the click when Bcc would hold more people than Outlook allows", async () => {
    renderPaneWithFakeOutlook({ to: customers(501) });
    const button = await screen.findByRole("button", {
      name: "Move to Bcc",
      description:
        "Move to Bcc can't run: Bcc would hold 501 people, and Outlook allows 500 in one field. " +
        "Send the message in smaller groups.",
    });
    expect(button.getAttribute("aria-disabled")).toBe("true");
  });
});

describe("an open pane follows a move made elsewhere (Mailbox 1.14 to 1.16)", () => {
  it.each(["1.14", "1.15", "1.16"] as const)(
    "%s: after a ribbon Move to Bcc, Undo appears and the send alert's reason goes",
    async (requirementSet) => {
      const host = new OutlookHost({
        to: [...customers(6), dana],
        requirementSet,
        initializationContext: JSON.stringify({ source: "send", action: "block", reasons: [], counts: {} }),
      });
      renderPaneWithFakeOutlook(host);
      expect(await screen.findByText(/Opened from the send alert/)).toBeTruthy();
      expect(within(screen.getByRole("status")).queryByRole("button", { name: "Undo" })).toBeNull();

      const ribbonItem = createMailItem(fakeOfficeFor(host), 200);
      await moveToBcc(ribbonItem, TEST_POLICY, createSnapshotStore(ribbonItem), { fieldLimit: 500 });

      const status = screen.getByRole("status");
      expect(await within(status).findByRole("button", { name: "Undo" })).toBeTruthy();
      await waitFor(() => expect(screen.queryByText(/Opened from the send alert/)).toBeNull());
    },
  );

  it("Undo goes away when the send check clears the copy (another runtime)", async () => {
    const host = new OutlookHost({ to: [...customers(6), dana] });
    const ribbonItem = createMailItem(fakeOfficeFor(host), 200);
    await moveToBcc(ribbonItem, TEST_POLICY, createSnapshotStore(ribbonItem), { fieldLimit: 500 });
    renderPaneWithFakeOutlook(host);
    const status = screen.getByRole("status");
    expect(await within(status).findByRole("button", { name: "Undo" })).toBeTruthy();
    expect(within(status).getByText(/deleted from the message when it's sent/)).toBeTruthy();
    await ribbonItem.removeSessionData("bccGuard.undo");
    act(() => host.userSetRecipients("cc", customers(1)));
    await waitFor(() => expect(within(status).queryByRole("button", { name: "Undo" })).toBeNull());
  });
});
