import { describe, expect, it } from "vitest";

import type { Recipient } from "./message.ts";
import { decodeUndoCopy, encodeUndoCopy, undoCopyFits } from "./undoCopyEncoding.ts";

const longNamed = (prefix: string, count: number): Recipient[] =>
  Array.from({ length: count }, (_, i) => ({
    emailAddress: `${prefix}.person${i}@organisation${i % 40}.example.com`,
    displayName: `${prefix} Person ${i} `.padEnd(100, "x"),
  }));

describe("the undo copy's text", () => {
  it("fits three fields of 500 people with 100-character names in Mailbox 1.15's 50,000 characters (addresses only)", () => {
    const snapshot = { to: longNamed("to", 500), cc: longNamed("cc", 500), bcc: longNamed("bcc", 500) };
    expect(undoCopyFits(snapshot, 50_000)).toBe(true);
    const text = encodeUndoCopy(snapshot, 49_500);
    expect(text?.length).toBeLessThan(30_000);
    const decoded = decodeUndoCopy(text ?? "");
    expect(decoded?.withNames).toBe(false);
    expect(decoded?.to.map((r) => r.emailAddress)).toEqual(snapshot.to.map((r) => r.emailAddress));
  });

  it("keeps names while they fit, and round-trips odd entries (no address, an @ in the local part)", () => {
    const snapshot = {
      to: [
        { emailAddress: "", displayName: "All patients" },
        { emailAddress: '"a@b"@example.com', displayName: "Quoted" },
        { emailAddress: "same@example.com", displayName: "same@example.com" },
      ],
      cc: [],
      bcc: [],
      finished: false,
    };
    expect(decodeUndoCopy(encodeUndoCopy(snapshot) ?? "")).toEqual({ ...snapshot, added: [], withNames: true });
  });

  it("says before moving when even addresses alone cannot fit", () => {
    const huge = { to: longNamed("t", 3000), cc: [], bcc: [] };
    expect(undoCopyFits(huge, 50_000)).toBe(false);
    expect(undoCopyFits(huge, 2_621_440)).toBe(true);
  });
});
