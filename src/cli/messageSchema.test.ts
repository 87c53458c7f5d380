import { describe, expect, it } from "vitest";

import { parseMessage } from "./messageSchema.ts";

describe("parseMessage", () => {
  it("accepts string and object recipients and treats missing fields as empty", () => {
    const input = {
      from: "Agent <agent@contoso.com>",
      subject: "Hello",
      to: ["Ann Lee <ann@gmail.com>", { emailAddress: "bob@fabrikam.com", displayName: "Bob", recipientType: "other" }],
    };
    expect(parseMessage(input)).toEqual({
      ok: true,
      message: {
        from: { emailAddress: "Agent <agent@contoso.com>" },
        subject: "Hello",
        to: [
          { emailAddress: "Ann Lee <ann@gmail.com>" },
          { emailAddress: "bob@fabrikam.com", displayName: "Bob", recipientType: "other" },
        ],
      },
    });
  });

  it("names the JSON path of every problem", () => {
    const result = parseMessage({
      from: "agent@contoso.com",
      subject: 7,
      to: [
        "a@b.com",
        "c@d.com",
        "e@f.com",
        42,
        { displayName: "No address" },
        { emailAddress: "g@h.com", displayName: 1 },
      ],
      cc: "x@y.com",
      CC: [],
    });
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.problems.map((problem) => problem.path);
    expect(paths.sort()).toEqual(["CC", "cc", "subject", "to[3]", "to[4].emailAddress", "to[5].displayName"]);
  });

  it("explains a missing sender and a message that is not an object", () => {
    expect(parseMessage({ to: [] })).toEqual({
      ok: false,
      problems: [{ path: "from", message: expect.stringContaining("is required") }],
    });
    expect(parseMessage([])).toEqual({
      ok: false,
      problems: [{ path: "(root)", message: "the message must be a JSON object" }],
    });
  });
});
