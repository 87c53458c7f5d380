import { describe, expect, it } from "vitest";

import { addinBaseFrom, officeModeFrom } from "./addinBase.ts";

describe("the simulator page's options", () => {
  it("runs Microsoft's Office.js unless ?office=fake asks for the simulator's", () => {
    expect(officeModeFrom("")).toBe("real");
    expect(officeModeFrom("?office=real")).toBe("real");
    expect(officeModeFrom("?addin=/&office=fake")).toBe("fake");
  });

  it("loads the add-in from the server's pages for the chosen Office.js, or from a path on this origin", () => {
    expect(addinBaseFrom("", "real")).toBe("/addin/");
    expect(addinBaseFrom("", "fake")).toBe("/addin-fake/");
    expect(addinBaseFrom("?addin=/", "real")).toBe("/");
    expect(addinBaseFrom("?addin=/build", "fake")).toBe("/build/");
  });

  it.each(["//evil.example/", "https://evil.example/", "/../secret/", "relative/"])(
    "ignores ?addin=%s, which would leave this origin's add-in",
    (addin) => {
      expect(addinBaseFrom(`?addin=${encodeURIComponent(addin)}`, "real")).toBe("/addin/");
    },
  );
});
