import { describe, expect, it } from "vitest";

import { assessMessage, DEFAULT_POLICY } from "../../engine/index.ts";
import type { Message, Policy } from "../../engine/index.ts";
import { EN_PANE } from "../../engine/texts/en/pane.ts";
import { ES_PANE } from "../../engine/texts/es/pane.ts";
import type { PaneStrings } from "../../engine/texts/paneCatalog.ts";

import { groupAudience } from "./partyGroups.ts";
import type { PartyGroup } from "./partyGroups.ts";

const POLICY: Policy = { ...DEFAULT_POLICY, internalDomains: ["contoso.com"] };

function groupsOf(message: Message) {
  return groupAudience(assessMessage({ from: "anna@contoso.com", ...message }, POLICY).audience);
}

/** Each group's heading as the pane writes it: "fabrikam.com — 2 people", "Personal addresses — 3 people". */
const headings = (groups: readonly PartyGroup[], strings: PaneStrings): string[] =>
  groups.map(
    (g) => `${g.kind === "personal" ? strings.groups.personal : g.key} — ${strings.groups.size(g.people.length)}`,
  );

describe("the outside people, grouped by party", () => {
  it("lists the largest party first, personal addresses together as one group", () => {
    const audience = groupsOf({
      to: ["a@fabrikam.com", "b@fabrikam.com", "x@gmail.com", "y@outlook.com", "z@yahoo.com", "c@adatum.com"],
      cc: ["dana@contoso.com"],
    });
    expect(headings(audience.groups, EN_PANE)).toEqual([
      "Personal addresses — 3 people",
      "fabrikam.com — 2 people",
      "adatum.com — 1 person",
    ]);
    expect(headings(audience.groups, ES_PANE)).toEqual([
      "Direcciones personales — 3 personas",
      "fabrikam.com — 2 personas",
      "adatum.com — 1 persona",
    ]);
    expect(audience).toMatchObject({ outside: 6, colleagues: 1 });
  });

  it("puts equal parties in alphabetical order, personal addresses before organisations", () => {
    const audience = groupsOf({ to: ["b@zeta.com", "a@alpha.com", "x@gmail.com"] });
    expect(audience.groups.map((g) => g.key)).toEqual(["personal", "alpha.com", "zeta.com"]);
  });

  it("counts a subdomain with its organisation and shows an internationalised domain as people write it", () => {
    const audience = groupsOf({ to: ["a@sales.fabrikam.com", "b@fabrikam.com", "c@xn--mnchen-3ya.de"] });
    expect(headings(audience.groups, EN_PANE)).toEqual(["fabrikam.com — 2 people", "münchen.de — 1 person"]);
  });

  it("shows a person by name, and by address when the name is only the address", () => {
    const audience = groupsOf({
      to: [{ emailAddress: "ann@fabrikam.com", displayName: "Ann Smith" }, "bob@fabrikam.com"],
    });
    expect(audience.groups[0]?.people).toEqual([
      { name: "Ann Smith", address: "ann@fabrikam.com" },
      { name: "bob@fabrikam.com", address: "bob@fabrikam.com" },
    ]);
  });

  it("keeps contact groups and entries that are not addresses out of the parties, counting them as outside", () => {
    const audience = groupsOf({
      to: [
        "buyer@fabrikam.com",
        { emailAddress: "", displayName: "All customers", recipientType: "distributionList" },
        { emailAddress: "not an address", displayName: "not an address" },
      ],
    });
    expect(audience.groups.map((g) => g.key)).toEqual(["fabrikam.com"]);
    expect(audience.contactGroups.map((p) => p.name)).toEqual(["All customers"]);
    expect(audience.unresolved).toHaveLength(1);
    expect(audience.outside).toBe(3);
  });

  it("has no group at all when only colleagues are visible: people in Bcc see no one", () => {
    const audience = groupsOf({ to: ["dana@contoso.com"], bcc: ["hidden@fabrikam.com"] });
    expect(audience.groups).toEqual([]);
    expect(audience.outside).toBe(0);
  });
});
