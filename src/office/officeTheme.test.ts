import { describe, expect, it, vi } from "vitest";

import { onOfficeThemeChanged, readOfficeTheme, themeKindOf } from "./officeTheme.ts";
import type { OfficeThemeColors } from "./officeTheme.ts";

const theme = (body: [string, string], control: [string, string]): OfficeThemeColors => ({
  bodyBackgroundColor: body[0],
  bodyForegroundColor: body[1],
  controlBackgroundColor: control[0],
  controlForegroundColor: control[1],
});

describe("themeKindOf", () => {
  it.each([
    { name: "Colorful / White", colors: theme(["#FFFFFF", "#262626"], ["#F3F3F3", "#262626"]), kind: "light" },
    { name: "Dark Gray", colors: theme(["#444444", "#FFFFFF"], ["#6A6A6A", "#FFFFFF"]), kind: "dark" },
    { name: "Black", colors: theme(["#262626", "#FFFFFF"], ["#363636", "#FFFFFF"]), kind: "dark" },
    {
      name: "black on white everywhere",
      colors: theme(["#FFFFFF", "#000000"], ["#FFFFFF", "#000000"]),
      kind: "high-contrast",
    },
    { name: "white on black everywhere", colors: theme(["#000", "#fff"], ["#000", "#fff"]), kind: "high-contrast" },
  ] as const)("reads $name as $kind", ({ colors, kind }) => {
    expect(themeKindOf(colors, false)).toBe(kind);
  });

  it("is high contrast whenever the browser forces colours, whatever Outlook reports", () => {
    expect(themeKindOf(theme(["#FFFFFF", "#262626"], ["#F3F3F3", "#262626"]), true)).toBe("high-contrast");
    expect(themeKindOf(null, true)).toBe("high-contrast");
  });

  it("is light when Outlook reports no theme or colours it cannot read", () => {
    expect(themeKindOf(null, false)).toBe("light");
    expect(themeKindOf(theme(["rgb(0,0,0)", "#FFFFFF"], ["#000000", "#FFFFFF"]), false)).toBe("light");
  });
});

describe("readOfficeTheme", () => {
  it("returns the four colours Outlook reports", () => {
    const colors = theme(["#262626", "#FFFFFF"], ["#363636", "#FFFFFF"]);
    const office = { context: { officeTheme: { ...colors, isDarkTheme: true } } } as unknown as typeof Office;
    expect(readOfficeTheme(office)).toEqual(colors);
  });

  it("returns null where the runtime has no theme, or no context yet", () => {
    expect(readOfficeTheme({ context: {} } as unknown as typeof Office)).toBeNull();
    const throwing = {
      get context(): never {
        throw new Error("not ready");
      },
    };
    expect(readOfficeTheme(throwing as unknown as typeof Office)).toBeNull();
  });
});

describe("onOfficeThemeChanged", () => {
  it("does nothing where the mailbox has no theme event", async () => {
    const office = { context: { mailbox: {} }, EventType: {} } as unknown as typeof Office;
    const stop = await onOfficeThemeChanged(office, vi.fn());
    await expect(stop()).resolves.toBeUndefined();
  });

  it("passes the new colours on and stops listening on request (Mailbox 1.14)", async () => {
    const handlers = new Map<string, (args: unknown) => void>();
    const mailbox = {
      addHandlerAsync: (type: string, handler: (args: unknown) => void, cb: (r: { status: string }) => void) => {
        handlers.set(type, handler);
        cb({ status: "succeeded" });
      },
      removeHandlerAsync: (type: string, cb: () => void) => {
        handlers.delete(type);
        cb();
      },
    };
    const office = {
      context: { mailbox, requirements: { isSetSupported: () => true } },
      EventType: { OfficeThemeChanged: "officeThemeChanged" },
    } as unknown as typeof Office;
    const listener = vi.fn();
    const stop = await onOfficeThemeChanged(office, listener);
    const dark = theme(["#262626", "#FFFFFF"], ["#363636", "#FFFFFF"]);
    handlers.get("officeThemeChanged")?.({ officeTheme: dark });
    expect(listener).toHaveBeenCalledWith(dark);
    await stop();
    expect(handlers.size).toBe(0);
  });
});
