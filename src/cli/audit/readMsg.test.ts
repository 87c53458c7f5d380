import { describe, expect, it } from "vitest";

import { buildMsgFile } from "../../../test/support/outlookMsgFile.ts";
import { readMsg } from "./readMsg.ts";

describe("readMsg", () => {
  const file = buildMsgFile({
    subject: "Quarterly results",
    senderName: "Agnès Martin",
    senderSmtp: "agnes@contoso.com",
    body: "Patient list enclosed",
    headers:
      "Received: from x\r\nX-BCC-Guard: v=1; action=block;\r\n mode=monitor; checked=send\r\nSubject: Quarterly results\r\n",
    sent: new Date("2025-01-02T03:04:05Z"),
    recipients: [
      { type: "to", name: "Bob Stone", smtp: "bob@fabrikam.com" },
      {
        type: "to",
        name: "Carla",
        smtp: "carla@contoso.com",
        email: "/O=EXCHANGELABS/OU=X/CN=RECIPIENTS/CN=CARLA",
        addressType: "EX",
      },
      { type: "cc", smtp: "c@gmail.com" },
      { type: "bcc", name: "Dan", smtp: "dan@northwind.com" },
    ],
  });

  it("reads the sender, To, Cc and Bcc with their SMTP addresses and names, the date and the stamp", () => {
    const record = readMsg(file, "a.msg", false);
    expect(record.from).toEqual({ emailAddress: "agnes@contoso.com", displayName: "Agnès Martin" });
    expect(record.to).toEqual([
      { emailAddress: "bob@fabrikam.com", displayName: "Bob Stone" },
      { emailAddress: "carla@contoso.com", displayName: "Carla" },
    ]);
    expect(record.cc).toEqual([{ emailAddress: "c@gmail.com" }]);
    expect(record.bcc).toEqual([{ emailAddress: "dan@northwind.com", displayName: "Dan" }]);
    expect(record.subject).toBe("Quarterly results");
    expect(record.date?.toISOString()).toBe("2025-01-02T03:04:05.000Z");
    expect(record.stamp).toBe("v=1; action=block; mode=monitor; checked=send");
    expect(record.body).toBeUndefined();
  });

  it("reads the plain-text body when asked", () => {
    expect(readMsg(file, "a.msg", true).body).toBe("Patient list enclosed");
  });

  it("reads a recipient type with flag bits set (MAPI_SUBMITTED | MAPI_CC) as Cc", () => {
    const flagged = buildMsgFile({
      recipients: [
        { type: 0x80000002, smtp: "x@gmail.com" },
        { type: 7, smtp: "y@gmail.com" },
      ],
    });
    const record = readMsg(flagged, "f.msg", false);
    expect(record.cc).toEqual([{ emailAddress: "x@gmail.com" }]);
    expect(record.to).toEqual([{ emailAddress: "y@gmail.com" }]);
  });

  it("refuses a file that is not an Outlook message, with the reader's reason", () => {
    expect(() => readMsg(new Uint8Array(600).fill(7), "bad.msg", false)).toThrow(/Unsupported file type/u);
  });
});
