// @vitest-environment jsdom
import { cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";

import { OutlookHost } from "../simulator/host/index.ts";
import { customers, person } from "../../test/support/recipients.ts";
import { renderPaneWithFakeOutlook } from "../../test/support/renderPaneWithFakeOutlook.tsx";

afterEach(cleanup);

describe("the pane as it opens", () => {
  it.each([
    {
      status: "Would be blocked",
      to: customers(25),
      why: "25 people outside Contoso would see each other's addresses.",
    },
    {
      status: "Warning",
      to: customers(6),
      why: "6 people outside Contoso would see each other's addresses.",
    },
    {
      status: "Safe to send",
      to: [
        person("Dana", "dana@contoso.com"),
        person("Buyer", "buyer@fabrikam.com"),
        person("Other buyer", "other@fabrikam.com"),
      ],
      why: "No outside organisation would see another one's addresses.",
    },
  ])("says '$status' and why", async ({ status, to, why }) => {
    renderPaneWithFakeOutlook({ to });
    const banner = await screen.findByRole("group", { name: status });
    expect(within(banner).getByText(why)).toBeTruthy();
  });

  it("says when the recipients cannot be read, and Retry reads them again", async () => {
    const host = new OutlookHost({ to: customers(6) });
    host.injectFault({ method: "to.getAsync", call: 1, kind: "fail" });
    renderPaneWithFakeOutlook(host);
    const problem = await screen.findByText("BCC Guard couldn't read the recipients of this message.");
    expect(screen.queryByRole("group", { name: "Warning" })).toBeNull();
    await userEvent.click(
      within(problem.closest("[role=group]") as HTMLElement).getByRole("button", { name: "Retry" }),
    );
    expect(await screen.findByRole("group", { name: "Warning" })).toBeTruthy();
    expect(screen.queryByText("BCC Guard couldn't read the recipients of this message.")).toBeNull();
  });

  it("counts To, Cc and Bcc", async () => {
    renderPaneWithFakeOutlook({
      to: customers(3),
      cc: [person("Dana", "dana@contoso.com"), person("Eve", "eve@contoso.com")],
      bcc: [person("Hidden", "hidden@fabrikam.com")],
    });
    const counts = await screen.findByRole("region", { name: "Recipients" });
    const terms = within(counts)
      .getAllByRole("term")
      .map((term) => term.textContent);
    const values = within(counts)
      .getAllByRole("definition")
      .map((value) => value.textContent);
    expect(Object.fromEntries(terms.map((term, i) => [term, values[i]]))).toEqual({ To: "3", Cc: "2", Bcc: "1" });
    expect(within(counts).getByText("In To and Cc: 3 from outside and 2 colleagues.")).toBeTruthy();
  });

  it("groups outside people by organisation, largest first, with personal addresses together", async () => {
    renderPaneWithFakeOutlook({
      to: [
        person("Ann", "ann@acme.com"),
        person("Bob", "bob@sales.acme.com"),
        person("Cy", "cy@fabrikam.com"),
        person("Pat", "pat@gmail.com"),
        person("Lee", "lee@outlook.com"),
        person("Kim", "kim@gmail.com"),
        person("Dana", "dana@contoso.com"),
      ],
    });
    const region = await screen.findByRole("region", { name: "Outside organisations" });
    const groups = within(region).getAllByRole("button", { expanded: false });
    expect(groups.map((group) => group.textContent)).toEqual([
      "Personal addresses — 3 people",
      "acme.com — 2 people",
      "fabrikam.com — 1 person",
    ]);
    expect(within(region).getByText(/each person counts as one organisation/)).toBeTruthy();

    const acmeGroup = within(region).getByRole("button", { name: "acme.com — 2 people" });
    await userEvent.click(acmeGroup);
    expect(acmeGroup.getAttribute("aria-expanded")).toBe("true");
    const panel = document.getElementById(acmeGroup.getAttribute("aria-controls") ?? "") as HTMLElement;
    const acme = within(panel).getAllByRole("listitem");
    expect(acme.map((item) => item.textContent)).toEqual(["Ann ann@acme.com", "Bob bob@sales.acme.com"]);

    await userEvent.click(acmeGroup);
    expect(acmeGroup.getAttribute("aria-expanded")).toBe("false");
    expect(within(region).queryByText("ann@acme.com")).toBeNull();
  });

  it("flags a contact group, says what happens to its members and what to do", async () => {
    renderPaneWithFakeOutlook({
      to: [...customers(2), { emailAddress: "", displayName: "All customers", recipientType: "distributionList" }],
    });
    const region = await screen.findByRole("region", { name: "Contact groups" });
    expect(within(region).getByRole("listitem").textContent).toBe("All customers");
    expect(within(region).getByText(/can't move a contact group to Bcc because it has no single address/)).toBeTruthy();
    expect(within(region).getByText("Put it in Bcc, or expand it with + and choose Move to Bcc.")).toBeTruthy();
    const status = screen.getByRole("group", { name: "Warning" });
    expect(
      within(status).getByText(
        "1 contact group in To or Cc will show its members each other's addresses when it's sent.",
      ),
    ).toBeTruthy();
    expect(within(status).getByText("Put it in Bcc, or expand it with + and choose Move to Bcc.")).toBeTruthy();
  });

  it("says that an entry is not an address, without calling it a contact group", async () => {
    renderPaneWithFakeOutlook({ to: [...customers(2), "not-an-address"] });
    const status = await screen.findByRole("group", { name: "Safe to send" });
    expect(within(status).getByText("1 entry in To or Cc isn't an email address: please check it.")).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Contact groups" })).toBeNull();
  });

  it("shows domains as people typed them, not in punycode", async () => {
    renderPaneWithFakeOutlook({ to: ["anna@xn--mnchen-3ya.de", "bob@xn--mnchen-3ya.de", "carl@acme.com"] });
    expect(await screen.findByText(/münchen\.de/)).toBeTruthy();
    expect(screen.queryByText(/xn--/)).toBeNull();
  });

  it("says what Move to Bcc will do before it is used", async () => {
    renderPaneWithFakeOutlook({
      to: customers(298),
      cc: [person("Dana", "dana@contoso.com"), person("Eve", "eve@contoso.com")],
    });
    const button = await screen.findByRole("button", {
      name: "Move to Bcc",
      description: "Moves 298 people to Bcc, keeps 2 colleagues visible and puts you in To.",
    });
    expect(button).toBeTruthy();
  });

  it("leaves colleagues in To without putting the user there", async () => {
    renderPaneWithFakeOutlook({ to: [...customers(30), person("Dana", "dana@contoso.com")] });
    expect(
      await screen.findByRole("button", {
        name: "Move to Bcc",
        description: "Moves 30 people to Bcc and keeps 1 colleague visible.",
      }),
    ).toBeTruthy();
  });

  it("has one main landmark, one h1, named sections and an empty live region ready for results", async () => {
    renderPaneWithFakeOutlook({ to: customers(6) });
    await screen.findByRole("group", { name: "Warning" });
    expect(screen.getAllByRole("main")).toHaveLength(1);
    expect(screen.getAllByRole("heading", { level: 1 }).map((h) => h.textContent)).toEqual(["BCC Guard"]);
    expect(screen.getByRole("region", { name: "Recipients" })).toBeTruthy();
    expect(screen.getByRole("region", { name: "Outside organisations" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Move to Bcc" })).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe("");
  });

  it("can be used by keyboard alone: Tab to Move to Bcc, Enter, and the result is announced", async () => {
    const user = userEvent.setup();
    const { host } = renderPaneWithFakeOutlook({ to: customers(6) });
    await screen.findByRole("group", { name: "Warning" });
    const button = screen.getByRole("button", { name: "Move to Bcc" });
    while (document.activeElement !== button) await user.tab();
    await user.keyboard("{Enter}");
    expect(await within(screen.getByRole("status")).findByText("Moved 6 people to Bcc.")).toBeTruthy();
    expect(host.getSnapshot().bcc).toHaveLength(6);
  });
});
