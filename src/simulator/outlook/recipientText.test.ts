import { describe, expect, it } from "vitest";

import { formatRecipientList, parseRecipient, parseRecipientList } from "./recipientText.ts";

describe("parseRecipient", () => {
  it("keeps the name of 'Name <address>' and uses a bare address as its own name", () => {
    expect(parseRecipient("Ann Lee <ann@fabrikam.com>")).toEqual({
      emailAddress: "ann@fabrikam.com",
      displayName: "Ann Lee",
    });
    expect(parseRecipient("  bob@contoso.com ")).toEqual({
      emailAddress: "bob@contoso.com",
      displayName: "bob@contoso.com",
    });
  });

  it("reads a spreadsheet row pasted as name, tab, address", () => {
    expect(parseRecipient("Chloé Martin\tchloe@orange.fr")).toEqual({
      emailAddress: "chloe@orange.fr",
      displayName: "Chloé Martin",
    });
  });

  it("keeps a contact group's name as an entry without an address", () => {
    expect(parseRecipient("Sales Team")).toEqual({ emailAddress: "Sales Team", displayName: "Sales Team" });
  });

  it("takes objects, filling a missing display name, and refuses empty ones", () => {
    expect(parseRecipient({ emailAddress: "x@y.com" })).toEqual({ emailAddress: "x@y.com", displayName: "x@y.com" });
    expect(parseRecipient("   ")).toBeNull();
    expect(parseRecipient({ emailAddress: " " })).toBeNull();
  });
});

describe("parseRecipientList", () => {
  it("splits on semicolons, new lines and commas after an address", () => {
    const list = parseRecipientList("a@x.com; B <b@y.com>\nc@z.com, d@w.com;;");
    expect(list.map((r) => r.emailAddress)).toEqual(["a@x.com", "b@y.com", "c@z.com", "d@w.com"]);
  });

  it("keeps 'Surname, First <address>' as one person", () => {
    expect(parseRecipientList("Smith, Jane <jane@fabrikam.com>; Lee, Ann <ann@fabrikam.com>")).toEqual([
      { emailAddress: "jane@fabrikam.com", displayName: "Smith, Jane" },
      { emailAddress: "ann@fabrikam.com", displayName: "Lee, Ann" },
    ]);
  });

  it("reads back what formatRecipientList wrote, names with separators included", () => {
    const recipients = [
      { emailAddress: "jane@fabrikam.com", displayName: "Smith; Jane" },
      { emailAddress: "ann@fabrikam.com", displayName: "ann@fabrikam.com" },
      { emailAddress: "bo@contoso.com", displayName: "Bo <Admin>" },
    ];
    const text = formatRecipientList(recipients);
    expect(parseRecipientList(text).map((r) => r.emailAddress)).toEqual(recipients.map((r) => r.emailAddress));
    expect(parseRecipientList(text)[0]?.displayName).toBe("Smith; Jane");
  });

  it("reads a pasted list of hundreds", () => {
    const pasted = Array.from({ length: 400 }, (_, i) => `Customer ${i} <c${i}@gmail.com>`).join("\r\n");
    expect(parseRecipientList(pasted)).toHaveLength(400);
  });
});
