import MsgReaderModule from "@kenjiuno/msgreader";
import type { FieldsData } from "@kenjiuno/msgreader";

import type { Recipient, RecipientField } from "../../engine/message.ts";
import type { MailRecord } from "./mailRecord.ts";
import { parseDate } from "./readEml.ts";
import { findStampInHeaders } from "./stampHeader.ts";

// The package is CommonJS with a `default` export: under Node's ESM loader the class sits one level down.
const MsgReader = ((MsgReaderModule as unknown as { default?: typeof MsgReaderModule }).default ??
  MsgReaderModule) as typeof MsgReaderModule;

/**
 * One Outlook `.msg` file as a MailRecord, through @kenjiuno/msgreader. Outlook keeps a recipient's SMTP
 * address apart from its Exchange address (`/O=EXCHANGELABS/…`); the SMTP one is used when there is one, so
 * that colleagues are recognised by domain.
 */
export function readMsg(bytes: Uint8Array, source: string, needBody: boolean): MailRecord {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const data = new MsgReader(view).getFileData();
  if (data.error !== undefined) throw new Error(data.error);
  if (data.dataType !== "msg") throw new Error("not an Outlook message file");
  const recipients = { to: [] as Recipient[], cc: [] as Recipient[], bcc: [] as Recipient[] };
  for (const entry of data.recipients ?? []) recipients[fieldOf(entry.recipType)].push(recipientOf(entry));
  const senderAddress =
    data.senderSmtpAddress ??
    data.sentRepresentingSmtpAddress ??
    (data.senderAddressType === "EX" ? undefined : data.senderEmail) ??
    data.senderEmail ??
    "";
  return {
    source,
    date: parseDate(data.clientSubmitTime ?? data.messageDeliveryTime),
    subject: data.subject ?? "",
    from: senderAddress === "" ? null : withName(senderAddress, data.senderName),
    ...recipients,
    ...(needBody ? { body: data.body ?? "" } : {}),
    stamp: findStampInHeaders(data.headers),
  };
}

/**
 * The reader names types 1, 2 and 3 and passes any other value through as a number: Outlook may set flag
 * bits above the type (MAPI_SUBMITTED, MAPI_P1), which are masked off here. An unknown type counts as To,
 * the field whose recipients everybody sees.
 */
function fieldOf(type: unknown): RecipientField {
  if (type === "to" || type === "cc" || type === "bcc") return type;
  const low = typeof type === "number" ? type & 0xff : 0;
  return low === 2 ? "cc" : low === 3 ? "bcc" : "to";
}

function recipientOf(entry: FieldsData): Recipient {
  const smtp = entry.smtpAddress ?? (entry.addressType === "EX" ? undefined : entry.email) ?? entry.email ?? "";
  return withName(smtp, entry.name);
}

function withName(emailAddress: string, name: string | undefined): Recipient {
  return name === undefined || name === "" || name === emailAddress
    ? { emailAddress }
    : { emailAddress, displayName: name };
}
