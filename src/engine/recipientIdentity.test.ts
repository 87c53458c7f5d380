import { describe, expect, it } from "vitest";

import { identityOf, sameRecipients, uniqueByIdentity } from "./recipientIdentity.ts";

const group = (displayName: string) => ({ emailAddress: "", displayName, recipientType: "distributionList" });

describe("identityOf", () => {
  it("takes one person written two ways for one, whatever the case, name or Unicode form of the domain", () => {
    expect(identityOf({ emailAddress: "Anna@München.de", displayName: "Anna" })).toBe(
      identityOf("anna@xn--mnchen-3ya.de"),
    );
  });

  it("never takes two entries without an address for one person", () => {
    expect(identityOf(group("Sales"))).not.toBe(identityOf(group("Partners")));
    expect(identityOf("not-an-address")).not.toBe(identityOf("another typo"));
  });
});

describe("sameRecipients", () => {
  it("is true for the same people in the same order, false when the order or anyone changes", () => {
    expect(sameRecipients(["a@x.com", "B@X.com"], [{ emailAddress: "a@x.com" }, "b@x.com"])).toBe(true);
    expect(sameRecipients(["a@x.com", "b@x.com"], ["b@x.com", "a@x.com"])).toBe(false);
    expect(sameRecipients(["a@x.com"], ["a@x.com", "b@x.com"])).toBe(false);
  });
});

describe("uniqueByIdentity", () => {
  it("keeps each person once, where they first appear", () => {
    const first = { emailAddress: "a@x.com", displayName: "First" };
    const again = { emailAddress: "A@x.com", displayName: "Again" };
    expect(uniqueByIdentity([first, { emailAddress: "b@x.com" }, again])).toEqual([first, { emailAddress: "b@x.com" }]);
  });
});
