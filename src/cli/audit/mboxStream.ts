/**
 * Splits an mbox file into its messages while reading it in chunks, so memory holds one message at a time
 * (plus one chunk), however large the file.
 *
 * A message starts at a line beginning `From ` that opens the file or follows an empty line (the blank line
 * writers put between messages); requiring the blank line keeps an unescaped "From " in a body from
 * splitting a message. Lines quoted by the writer (`>From `, `>>From `, …: the mboxrd convention, which also
 * reads mboxo files right) lose one `>`. Both LF and CRLF files are read.
 */

export interface MboxMessage {
  /** 1-based position in the file. */
  index: number;
  /** The message without its `From ` separator line, or `null` when it was larger than `maxMessageBytes`. */
  bytes: Buffer | null;
  /** Its size in bytes (counted even when the message itself was dropped for being too large). */
  size: number;
}

export interface MboxOptions {
  /** A message past this size is reported rather than held in memory. @default 64 MiB */
  maxMessageBytes?: number;
}

const FROM = Buffer.from("From ");
const LF = 0x0a;
const GT = 0x3e;
const DEFAULT_MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

export async function* splitMbox(
  chunks: AsyncIterable<Uint8Array>,
  options: MboxOptions = {},
): AsyncGenerator<MboxMessage> {
  const maxBytes = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  let carry: Buffer = Buffer.alloc(0);
  let parts: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  let index = 0;
  let started = false;
  // Whether the line before the current one was empty (or there was none): only then can `From ` open a message.
  let previousBlank = true;
  // The blank line before a separator belongs to the separator, so each blank line waits until the next line shows what it was.
  let pendingBlank: Buffer | null = null;

  const append = (line: Buffer) => {
    size += line.length;
    if (tooLarge) return;
    if (size > maxBytes) {
      tooLarge = true;
      parts = [];
      return;
    }
    parts.push(line);
  };
  const finish = (): MboxMessage => {
    const message = { index, bytes: tooLarge ? null : Buffer.concat(parts), size };
    parts = [];
    size = 0;
    tooLarge = false;
    return message;
  };

  const handleLine = function* (line: Buffer): Generator<MboxMessage> {
    const blank = line.length === 1 || (line.length === 2 && line[0] === 0x0d);
    if (previousBlank && startsWith(line, FROM, 0)) {
      pendingBlank = null;
      if (started) yield finish();
      started = true;
      index += 1;
      previousBlank = false;
      return;
    }
    if (pendingBlank !== null) {
      if (started) append(pendingBlank);
      pendingBlank = null;
    }
    previousBlank = blank;
    if (blank) {
      pendingBlank = line;
      return;
    }
    if (!started) return; // Text before the first separator is not a message.
    append(unquoteFrom(line));
  };

  for await (const chunk of chunks) {
    const buffer = carry.length === 0 ? Buffer.from(chunk) : Buffer.concat([carry, chunk]);
    let start = 0;
    for (let end = buffer.indexOf(LF, start); end !== -1; end = buffer.indexOf(LF, start)) {
      yield* handleLine(buffer.subarray(start, end + 1));
      start = end + 1;
    }
    // An endless line would grow the carry without bound; past the limit it only counts towards the message.
    carry = buffer.subarray(start);
    if (carry.length > maxBytes) {
      yield* handleLine(Buffer.concat([carry, Buffer.from("\n")]));
      carry = Buffer.alloc(0);
    } else carry = Buffer.from(carry);
  }
  if (carry.length > 0) yield* handleLine(carry);
  if (started) yield finish();
}

function startsWith(buffer: Buffer, prefix: Buffer, offset: number): boolean {
  if (buffer.length - offset < prefix.length) return false;
  return buffer.compare(prefix, 0, prefix.length, offset, offset + prefix.length) === 0;
}

/** `>From ` → `From `, `>>From ` → `>From `: one quoting level removed. */
function unquoteFrom(line: Buffer): Buffer {
  if (line[0] !== GT) return line;
  let depth = 0;
  while (line[depth] === GT) depth += 1;
  return startsWith(line, FROM, depth) ? line.subarray(1) : line;
}
