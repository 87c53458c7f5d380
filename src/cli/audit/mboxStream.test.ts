import { describe, expect, it } from "vitest";

import { splitMbox } from "./mboxStream.ts";

async function* chunksOf(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function split(text: string, chunkSize = 7, maxMessageBytes?: number) {
  const out: { index: number; text: string | null; size: number }[] = [];
  const options = maxMessageBytes === undefined ? {} : { maxMessageBytes };
  for await (const message of splitMbox(chunksOf(text, chunkSize), options)) {
    out.push({
      index: message.index,
      text: message.bytes === null ? null : message.bytes.toString(),
      size: message.size,
    });
  }
  return out;
}

const MBOX = [
  "From alice@contoso.com Mon Jan  6 10:00:00 2025",
  "From: alice@contoso.com",
  "Subject: one",
  "",
  "Hello",
  ">From the desk of Alice",
  ">>From quoted twice",
  "From inside a paragraph, not after a blank line",
  "",
  "From bob@contoso.com Mon Jan  6 11:00:00 2025",
  "From: bob@contoso.com",
  "Subject: two",
  "",
  "Second body",
  "",
  "",
].join("\n");

describe("splitMbox", () => {
  it("cuts at From lines after a blank line, drops the separator, and unquotes >From lines once", async () => {
    const messages = await split(MBOX);
    expect(messages.map((m) => m.index)).toEqual([1, 2]);
    expect(messages[0]!.text).toBe(
      "From: alice@contoso.com\nSubject: one\n\nHello\nFrom the desk of Alice\n>From quoted twice\n" +
        "From inside a paragraph, not after a blank line\n",
    );
    expect(messages[1]!.text).toBe("From: bob@contoso.com\nSubject: two\n\nSecond body\n");
  });

  it("gives the same messages whatever the chunk size, down to one byte", async () => {
    const reference = await split(MBOX, 1 << 20);
    for (const size of [1, 2, 3, 5, 64]) expect(await split(MBOX, size)).toEqual(reference);
  });

  it("reads CRLF files", async () => {
    const messages = await split(MBOX.replace(/\n/gu, "\r\n"));
    expect(messages).toHaveLength(2);
    expect(messages[1]!.text).toBe("From: bob@contoso.com\r\nSubject: two\r\n\r\nSecond body\r\n");
  });

  it("keeps a last message without a final newline, and ignores text before the first separator", async () => {
    const messages = await split("junk before\n\nFrom x\nSubject: a\n\nbody without newline");
    expect(messages).toEqual([{ index: 1, text: "Subject: a\n\nbody without newline", size: 32 }]);
  });

  it("finds no message in a file without separators", async () => {
    expect(await split("Subject: not an mbox\n\nbody\n")).toEqual([]);
  });

  it("reports a message past the size limit without holding it, and goes on with the next", async () => {
    const big = `From a\nSubject: big\n\n${"x".repeat(500)}\n\nFrom b\nSubject: small\n\nok\n`;
    const messages = await split(big, 16, 100);
    expect(messages[0]).toMatchObject({ index: 1, text: null });
    expect(messages[0]!.size).toBeGreaterThan(100);
    expect(messages[1]).toEqual({ index: 2, text: "Subject: small\n\nok\n", size: 19 });
  });
});
