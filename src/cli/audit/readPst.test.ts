import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

import type { MailItem } from "./mailRecord.ts";
import { readPst } from "./readPst.ts";

// A real Outlook data file (Enron corpus, 71 items) shipped by pst-extractor for its own tests; read in place.
const ENRON = fileURLToPath(new URL("../../../node_modules/pst-extractor/example/testdata/enron.pst", import.meta.url));

describe("readPst on a real Outlook data file", () => {
  const items: MailItem[] = [...readPst(ENRON, true)];
  const messages = items.flatMap((item) => (item.kind === "message" ? [item.record] : []));

  it("reads all 71 messages, none unreadable", () => {
    expect(items.filter((item) => item.kind === "unreadable")).toEqual([]);
    expect(messages).toHaveLength(71);
  });

  it("reads a message's sender, recipients by field, subject, date and body", () => {
    const message = messages.find((record) => record.subject === "West Texas Capacity");
    expect(message).toBeDefined();
    expect(message!.from).toEqual({ emailAddress: "dlsmith@pplweb.com" });
    expect(message!.to).toEqual([{ emailAddress: "michelle.lokay@enron.com", displayName: "Michelle Lokay" }]);
    expect(message!.cc.map((r) => r.emailAddress)).toEqual(["jacammarano@pplweb.com", "baveety@pplweb.com"]);
    expect(message!.date?.toISOString()).toBe("2001-10-24T17:19:37.000Z");
    expect(message!.body!.length).toBeGreaterThan(0);
    expect(message!.source).toMatch(/enron\.pst › .+ #\d+$/u);
  });

  it("finds no stamp in mail from before the add-in existed", () => {
    expect(messages.every((record) => record.stamp === null)).toBe(true);
  });

  it("reports a file that is not a PST", () => {
    expect(() => [...readPst(fileURLToPath(import.meta.url), false)]).toThrow();
  });
});
