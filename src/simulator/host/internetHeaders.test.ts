import { describe, expect, it } from "vitest";

import { INTERNET_HEADER_QUOTA_BYTES, InternetHeaders } from "./internetHeaders.ts";

describe("InternetHeaders", () => {
  it("matches names ignoring case, keeps the name as last written, and leaves out names never set", () => {
    const headers = new InternetHeaders();
    headers.set({ "x-bcc-guard": "v=1; action=warn" });
    headers.set({ "X-BCC-Guard": "v=1; action=allow" });
    expect(headers.toRecord()).toEqual({ "X-BCC-Guard": "v=1; action=allow" });
    expect(headers.get(["X-Bcc-Guard", "X-Other"])).toEqual({ "X-Bcc-Guard": "v=1; action=allow" });
    headers.remove(["X-BCC-GUARD"]);
    expect(headers.toRecord()).toEqual({});
  });

  it("refuses with 9042, setting nothing, a write that would pass the quota counted in UTF-8 bytes", () => {
    const headers = new InternetHeaders();
    headers.set({ "X-Keep": "kept" });
    // "X-Big: " + value + CRLF: 9 bytes of framing; each "é" is 2 bytes.
    const fitting = "é".repeat((INTERNET_HEADER_QUOTA_BYTES - 9 - "X-Keep: kept\r\n".length) / 2);
    expect(headers.set({ "X-Big": fitting }).ok).toBe(true);
    const over = headers.set({ "X-More": "1" });
    expect(over.ok).toBe(false);
    expect(!over.ok && over.error.code).toBe(9042);
    expect(Object.keys(headers.toRecord())).toEqual(["X-Keep", "X-Big"]);
  });
});
