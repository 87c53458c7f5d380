import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";

import type { MailFile } from "./mailFiles.ts";
import { describeError, type MailItem } from "./mailRecord.ts";
import { splitMbox } from "./mboxStream.ts";
import { readMime } from "./readEml.ts";
import { readMsg } from "./readMsg.ts";
import { readPst } from "./readPst.ts";

/** Largest single message (an .eml, a .msg, or one in an mbox) read into memory; Outlook's own limit is 150 MB. */
export const MAX_MESSAGE_BYTES = 160 * 1024 * 1024;
// Big enough that an mbox is read in few system calls, small enough not to matter next to one message.
const MBOX_CHUNK_BYTES = 1024 * 1024;

/**
 * Every message in one file, as MailItems: a message that cannot be read, or a whole file, becomes an
 * `unreadable` item with the reason, never an exception. `onBytes` hears how much of the file has been read.
 */
export async function* readMailFile(
  file: MailFile,
  needBody: boolean,
  onBytes: (bytes: number) => void,
): AsyncGenerator<MailItem> {
  try {
    if (file.format === "mbox") yield* readMbox(file, needBody, onBytes);
    else if (file.format === "pst") {
      yield* readPst(file.path, needBody);
      onBytes(file.size);
    } else {
      onBytes(file.size);
      if (file.size > MAX_MESSAGE_BYTES) throw new Error(`larger than ${MAX_MESSAGE_BYTES / 1024 / 1024} MiB`);
      const bytes = await readFile(file.path);
      const record =
        file.format === "msg" ? readMsg(bytes, file.path, needBody) : await readMime(bytes, file.path, needBody);
      yield { kind: "message", record };
    }
  } catch (error) {
    yield { kind: "unreadable", unreadable: { source: file.path, reason: describeError(error) } };
  }
}

async function* readMbox(
  file: MailFile,
  needBody: boolean,
  onBytes: (bytes: number) => void,
): AsyncGenerator<MailItem> {
  const counted = async function* (): AsyncGenerator<Uint8Array> {
    for await (const chunk of createReadStream(file.path, { highWaterMark: MBOX_CHUNK_BYTES })) {
      onBytes((chunk as Buffer).length);
      yield chunk as Buffer;
    }
  };
  let messages = 0;
  for await (const message of splitMbox(counted(), { maxMessageBytes: MAX_MESSAGE_BYTES })) {
    messages += 1;
    const source = `${file.path} #${message.index}`;
    if (message.bytes === null) {
      yield {
        kind: "unreadable",
        unreadable: { source, reason: `larger than ${MAX_MESSAGE_BYTES / 1024 / 1024} MiB` },
      };
      continue;
    }
    try {
      yield { kind: "message", record: await readMime(message.bytes, source, needBody) };
    } catch (error) {
      yield { kind: "unreadable", unreadable: { source, reason: describeError(error) } };
    }
  }
  if (messages === 0 && file.size > 0) {
    yield {
      kind: "unreadable",
      unreadable: { source: file.path, reason: 'no message found: no line starts with "From "' },
    };
  }
}
