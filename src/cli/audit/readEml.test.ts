import { describe, expect, it } from "vitest";

import { readMime } from "./readEml.ts";

const MESSAGE = [
  "From: =?UTF-8?Q?Agn=C3=A8s?= <agnes@contoso.com>",
  "To: Ann Lee <ann@gmail.com>, bob@fabrikam.com",
  'Cc: Customers: c1@orange.fr, "Lee, Carl" <c2@libero.it>;, undisclosed-recipients:;',
  "Bcc: hidden@contoso.com",
  "Subject: Your results",
  "Date: Tue, 04 Mar 2025 09:15:00 +0100",
  "X-BCC-Guard: v=1; action=warn; mode=enforce; checked=send;",
  " compose=new; visible=4",
  "Content-Type: text/plain; charset=utf-8",
  "",
  "Your HIV test results are attached.",
  "",
].join("\r\n");

describe("readMime", () => {
  it("reads the sender, every visible recipient with its name (group members too), the date and the stamp", async () => {
    const record = await readMime(Buffer.from(MESSAGE), "a.eml", false);
    expect(record.from).toEqual({ emailAddress: "agnes@contoso.com", displayName: "Agnès" });
    expect(record.to).toEqual([
      { emailAddress: "ann@gmail.com", displayName: "Ann Lee" },
      { emailAddress: "bob@fabrikam.com" },
    ]);
    expect(record.cc).toEqual([
      { emailAddress: "c1@orange.fr" },
      { emailAddress: "c2@libero.it", displayName: "Lee, Carl" },
    ]);
    expect(record.bcc).toEqual([{ emailAddress: "hidden@contoso.com" }]);
    expect(record.subject).toBe("Your results");
    expect(record.date?.toISOString()).toBe("2025-03-04T08:15:00.000Z");
    expect(record.stamp).toBe("v=1; action=warn; mode=enforce; checked=send; compose=new; visible=4");
  });

  it("reads the body only when asked (the policy has keywords)", async () => {
    expect((await readMime(Buffer.from(MESSAGE), "a.eml", false)).body).toBeUndefined();
    expect((await readMime(Buffer.from(MESSAGE), "a.eml", true)).body).toContain("HIV test results");
  });

  it("reads the words of an HTML-only body without its markup", async () => {
    const html =
      "From: a@contoso.com\nTo: b@x.com\nContent-Type: text/html\n\n<p>mental<b>-</b>health <style>p{}</style>clinic</p>\n";
    const body = (await readMime(Buffer.from(html), "h.eml", true)).body ?? "";
    expect(body).toMatch(/mental\s*-\s*health\s+clinic/u);
    expect(body).not.toContain("<");
  });

  it("gives no stamp and no date when the message has none", async () => {
    const record = await readMime(
      Buffer.from("From: a@contoso.com\nTo: b@x.com\nDate: not a date\n\nhi\n"),
      "b.eml",
      false,
    );
    expect(record.stamp).toBeNull();
    expect(record.date).toBeNull();
  });

  it("refuses a file with no header at all", async () => {
    await expect(readMime(Buffer.from([0, 1, 2, 3, 255, 254]), "x.eml", false)).rejects.toThrow(/no mail header/u);
  });
});
