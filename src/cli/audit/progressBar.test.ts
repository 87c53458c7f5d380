import { PassThrough } from "node:stream";

import { describe, expect, it } from "vitest";

import { createProgress } from "./progressBar.ts";

describe("createProgress", () => {
  it("draws a bar with the message count on a terminal, and clears it when done", () => {
    const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 100 });
    let drawn = "";
    stream.on("data", (chunk: Buffer) => (drawn += chunk.toString()));
    const progress = createProgress(stream, 1000);
    progress.advance(1000, 1234);
    progress.stop();
    expect(drawn).toContain("reading mail [");
    expect(drawn).toContain("100% | 1,234 messages");
  });
});
