// Writes small Outlook .msg files (MS-OXMSG: a compound file of property streams) for the audit's tests,
// with the compound-file writer that ships inside @kenjiuno/msgreader. No real .msg sample ships in any
// installed package, so these are built here from the format's documented property tags.
import { burn } from "@kenjiuno/msgreader/lib/Burner.js";
import type { Entry } from "@kenjiuno/msgreader/lib/Burner.js";

const ROOT = 5;
const DIRECTORY = 1;
const DOCUMENT = 2;

export interface MsgRecipient {
  /** A field, or a raw PR_RECIPIENT_TYPE value (flag bits included). */
  type: "to" | "cc" | "bcc" | number;
  name?: string;
  smtp?: string;
  /** PR_EMAIL_ADDRESS, e.g. an Exchange directory name when `addressType` is "EX". */
  email?: string;
  addressType?: string;
}

export interface MsgContent {
  subject?: string;
  senderName?: string;
  senderSmtp?: string;
  body?: string;
  /** Raw transport headers (PR_TRANSPORT_MESSAGE_HEADERS), where a stamp would be. */
  headers?: string;
  /** Client submit time. */
  sent?: Date;
  recipients: MsgRecipient[];
}

const utf16 = (text: string) => new Uint8Array(Buffer.from(text, "utf16le"));

/** A property stream: a header of `headerBytes` zero bytes, then 16-byte fixed-size property entries. */
function propertyStream(headerBytes: number, properties: { tag: number; value: Uint8Array }[]): Uint8Array {
  const out = Buffer.alloc(headerBytes + 16 * properties.length);
  properties.forEach((property, index) => {
    const at = headerBytes + 16 * index;
    out.writeUInt32LE(property.tag >>> 0, at);
    out.writeUInt32LE(0x6, at + 4); // readable | writable
    Buffer.from(property.value).copy(out, at + 8, 0, 8);
  });
  return new Uint8Array(out);
}

const int32 = (value: number) => {
  const buffer = Buffer.alloc(8);
  buffer.writeUInt32LE(value >>> 0, 0);
  return new Uint8Array(buffer);
};

const fileTime = (date: Date) => {
  const buffer = Buffer.alloc(8);
  buffer.writeBigUInt64LE((BigInt(date.getTime()) + 11_644_473_600_000n) * 10_000n, 0);
  return new Uint8Array(buffer);
};

export function buildMsgFile(content: MsgContent): Uint8Array {
  const entries: Entry[] = [{ name: "Root Entry", type: ROOT, length: 0, children: [] }];
  const add = (parent: number, entry: Entry): number => {
    entries.push(entry);
    entries[parent]!.children!.push(entries.length - 1);
    return entries.length - 1;
  };
  const stream = (parent: number, name: string, data: Uint8Array) =>
    add(parent, { name, type: DOCUMENT, length: data.length, binaryProvider: () => data });
  const text = (parent: number, id: string, value: string | undefined) => {
    if (value !== undefined) stream(parent, `__substg1.0_${id}001F`, utf16(value));
  };

  text(0, "001A", "IPM.Note");
  text(0, "0037", content.subject);
  text(0, "0C1A", content.senderName);
  if (content.senderSmtp !== undefined) {
    text(0, "0C1E", "SMTP");
    text(0, "0C1F", content.senderSmtp);
    text(0, "5D01", content.senderSmtp);
  }
  text(0, "1000", content.body);
  text(0, "007D", content.headers);
  stream(
    0,
    "__properties_version1.0",
    propertyStream(32, content.sent === undefined ? [] : [{ tag: 0x00390040, value: fileTime(content.sent) }]),
  );
  content.recipients.forEach((recipient, index) => {
    const folder = add(0, {
      name: `__recip_version1.0_#${index.toString(16).toUpperCase().padStart(8, "0")}`,
      type: DIRECTORY,
      length: 0,
      children: [],
    });
    text(folder, "3001", recipient.name);
    text(folder, "3002", recipient.addressType ?? "SMTP");
    text(folder, "3003", recipient.email ?? recipient.smtp);
    text(folder, "39FE", recipient.smtp);
    const type =
      typeof recipient.type === "number"
        ? recipient.type
        : recipient.type === "to"
          ? 1
          : recipient.type === "cc"
            ? 2
            : 3;
    stream(folder, "__properties_version1.0", propertyStream(8, [{ tag: 0x0c150003, value: int32(type) }]));
  });
  return burn(entries);
}
