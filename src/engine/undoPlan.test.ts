import { describe, expect, it } from "vitest";

import { planUndo } from "./undoPlan.ts";

const person = (emailAddress: string, displayName = emailAddress) => ({ emailAddress, displayName });
const [ann, bob, me, zoe] = [
  person("ann@x.com", "Ann"),
  person("bob@y.com", "Bob"),
  person("me@c.com"),
  person("zoe@z.com"),
];

describe("planUndo", () => {
  const copy = { to: [ann, bob], cc: [], bcc: [], added: [me] };
  const afterMove = { to: [me], cc: [], bcc: [ann, bob] };

  it("puts the moved people back, takes out the sender the move added, and rewrites To before Bcc", () => {
    const plan = planUndo(copy, afterMove);
    expect(plan.target).toEqual({ to: [ann, bob], cc: [], bcc: [] });
    expect(plan.rewrite).toEqual(["to", "bcc"]);
    expect(plan.expected).toEqual([ann, bob]);
  });

  it("keeps whoever the user added after the move, where they are now", () => {
    const plan = planUndo(copy, { ...afterMove, cc: [zoe] });
    expect(plan.target.cc).toEqual([zoe]);
    expect(plan.homeOf(zoe)).toBe("cc");
    expect(plan.rewrite).toEqual(["to", "bcc"]);
  });

  it("takes names from the fields now when the copy had to leave them out", () => {
    const plan = planUndo(
      { ...copy, to: [person("ann@x.com", ""), person("bob@y.com", "")], withNames: false },
      afterMove,
    );
    expect(plan.target.to).toEqual([ann, bob]);
  });
});
