import { addressParser } from "postal-mime";
import { PSTFile, PSTMessage } from "pst-extractor";
import type { PSTFolder } from "pst-extractor";

import type { Recipient } from "../../engine/message.ts";
import { describeError, type MailItem, type MailRecord } from "./mailRecord.ts";
import { findStampInHeaders } from "./stampHeader.ts";

// Mail and meeting requests: what a person sends to people. Contacts, calendar items, tasks and notes are skipped.
const MAIL_CLASS = /^IPM\.(Note|Schedule\.Meeting)(\.|$)/iu;
const MAPI_CC = 2;
const MAPI_BCC = 3;

/**
 * Every message of an Outlook data file (`.pst`, `.ost`), folder by folder, through pst-extractor. The file is
 * read through a file handle as items are visited, never loaded whole, and one message is built at a time.
 * A folder that cannot be read is reported and the others are still read.
 */
export function* readPst(file: string, needBody: boolean): Generator<MailItem> {
  const pst = new PSTFile(file);
  try {
    yield* readFolder(pst.getRootFolder(), file, [], needBody);
  } finally {
    pst.close();
  }
}

function* readFolder(folder: PSTFolder, file: string, path: string[], needBody: boolean): Generator<MailItem> {
  const where = `${file} › ${path.length === 0 ? "(root)" : path.join("/")}`;
  try {
    if (folder.hasSubfolders) {
      for (const child of folder.getSubFolders())
        yield* readFolder(child, file, [...path, child.displayName], needBody);
    }
    if (folder.contentCount === 0) return;
    let position = 0;
    for (let item = folder.getNextChild(); item !== null; item = folder.getNextChild()) {
      position += 1;
      const source = `${where} #${position}`;
      if (!(item instanceof PSTMessage) || !MAIL_CLASS.test(item.messageClass)) {
        yield { kind: "skipped", source, reason: `not mail (${item.messageClass || "no class"})` };
        continue;
      }
      try {
        yield { kind: "message", record: recordOf(item, source, needBody) };
      } catch (error) {
        yield { kind: "unreadable", unreadable: { source, reason: describeError(error) } };
      }
    }
  } catch (error) {
    yield { kind: "unreadable", unreadable: { source: where, reason: `folder unreadable: ${describeError(error)}` } };
  }
}

function recordOf(message: PSTMessage, source: string, needBody: boolean): MailRecord {
  const to: Recipient[] = [];
  const cc: Recipient[] = [];
  const bcc: Recipient[] = [];
  for (let index = 0; index < message.numberOfRecipients; index += 1) {
    const entry = message.getRecipient(index);
    if (entry === null) continue;
    const recipient = withName(entry.smtpAddress || entry.emailAddress, entry.displayName);
    // Flag bits above the type (MAPI_SUBMITTED, MAPI_P1) are masked off; an unknown type counts as To,
    // the field everybody sees.
    const type = entry.recipientType & 0xff;
    if (type === MAPI_CC) cc.push(recipient);
    else if (type === MAPI_BCC) bcc.push(recipient);
    else to.push(recipient);
  }
  const headers = message.transportMessageHeaders;
  return {
    source,
    date: message.clientSubmitTime ?? message.messageDeliveryTime,
    subject: message.subject,
    from: senderOf(message, headers),
    to,
    cc,
    bcc,
    ...(needBody ? { body: message.body } : {}),
    stamp: findStampInHeaders(headers),
  };
}

/** An Exchange sender is stored by its directory name; its SMTP address is then in the From header, when kept. */
function senderOf(message: PSTMessage, headers: string): Recipient | null {
  if (message.senderAddrtype.toUpperCase() !== "EX") {
    return message.senderEmailAddress === "" ? null : withName(message.senderEmailAddress, message.senderName);
  }
  const fromLine = /^from[ \t]*:[ \t]*([^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)/imu.exec(headers)?.[1];
  const parsed = fromLine === undefined ? [] : addressParser(fromLine.replace(/\r?\n/gu, ""));
  const first = parsed[0];
  if (first !== undefined && first.address !== undefined) return withName(first.address, first.name);
  return message.senderEmailAddress === "" ? null : withName(message.senderEmailAddress, message.senderName);
}

function withName(emailAddress: string, name: string): Recipient {
  return name === "" || name === emailAddress ? { emailAddress } : { emailAddress, displayName: name };
}
