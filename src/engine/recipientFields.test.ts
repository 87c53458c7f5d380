import { describe, expect, it } from "vitest";

import { identityOf } from "./recipientIdentity.ts";
import { everyone, fieldOfEach } from "./recipientFields.ts";

describe("the three fields together", () => {
  const fields = { to: ["a@x.com"], cc: ["b@x.com", "a@x.com"], bcc: ["c@x.com", "B@x.com"] };

  it("lists everyone in To, Cc, Bcc order, someone in two fields twice", () => {
    expect(everyone(fields)).toEqual(["a@x.com", "b@x.com", "a@x.com", "c@x.com", "B@x.com"]);
  });

  it("places someone in two fields where they are visible: To before Cc before Bcc", () => {
    const home = fieldOfEach(fields);
    expect([home.get(identityOf("a@x.com")), home.get(identityOf("b@x.com")), home.get(identityOf("c@x.com"))]).toEqual(
      ["to", "cc", "bcc"],
    );
    expect(home.size).toBe(3);
  });
});
