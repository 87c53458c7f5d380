/** The four colours Outlook reports for its current theme (`Office.context.officeTheme`), as "#RRGGBB". */
export interface OfficeThemeColors {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
}

/** The three looks the task pane has. */
export type ThemeKind = "light" | "dark" | "high-contrast";

/** The current theme colours, or null where the client reports none (some runtimes, older builds). Never throws. */
export function readOfficeTheme(office: typeof Office): OfficeThemeColors | null {
  try {
    return toColors(office.context.officeTheme);
  } catch {
    return null;
  }
}

/**
 * Which look matches Outlook. `forcedColors` is the browser's `(forced-colors: active)`: Windows high contrast
 * reaches the pane's web view that way, which is the only reliable signal. Outlook's own `isDarkTheme` is not
 * supported there, so dark is read from the body background. A theme whose body and control colours are both
 * pure black on white (or the reverse) is treated as high contrast too; Office's Black theme keeps grey controls.
 */
export function themeKindOf(colors: OfficeThemeColors | null, forcedColors: boolean): ThemeKind {
  if (forcedColors) return "high-contrast";
  if (!colors) return "light";
  const [bodyBack, bodyFore, controlBack, controlFore] = [
    colors.bodyBackgroundColor,
    colors.bodyForegroundColor,
    colors.controlBackgroundColor,
    colors.controlForegroundColor,
  ].map(luminance);
  if (bodyBack == null || bodyFore == null || controlBack == null || controlFore == null) return "light";
  if (isExtreme(bodyBack, bodyFore) && isExtreme(controlBack, controlFore)) return "high-contrast";
  return bodyBack < 0.2 ? "dark" : "light";
}

/**
 * Calls `listener` when the user switches Outlook's theme (Mailbox 1.14, `Office.context.mailbox`'s
 * OfficeThemeChanged). Resolves to a function that stops listening; where the client has no such event, to a no-op.
 */
export async function onOfficeThemeChanged(
  office: typeof Office,
  listener: (colors: OfficeThemeColors | null) => void,
): Promise<() => Promise<void>> {
  const noop = async () => undefined;
  const mailbox = office.context?.mailbox as Partial<Office.Mailbox> | undefined;
  const eventType = (office.EventType as unknown as Record<string, string> | undefined)?.OfficeThemeChanged;
  if (!mailbox?.addHandlerAsync || !mailbox.removeHandlerAsync || !eventType) return noop;
  if (!safeSupports(office, "1.14")) return noop;
  const type = eventType as unknown as Office.EventType;
  const added = await new Promise<boolean>((resolve) => {
    try {
      mailbox.addHandlerAsync?.(
        type,
        (args: { officeTheme?: unknown }) => listener(toColors(args?.officeTheme) ?? readOfficeTheme(office)),
        (result: Office.AsyncResult<void>) => resolve(String(result.status) === "succeeded"),
      );
    } catch {
      resolve(false);
    }
  });
  if (!added) return noop;
  return () =>
    new Promise<void>((resolve) => {
      try {
        mailbox.removeHandlerAsync?.(type, () => resolve());
      } catch {
        resolve();
      }
    });
}

function safeSupports(office: typeof Office, version: string): boolean {
  try {
    return office.context.requirements.isSetSupported("Mailbox", version);
  } catch {
    return false;
  }
}

function toColors(theme: unknown): OfficeThemeColors | null {
  if (!theme || typeof theme !== "object") return null;
  const t = theme as Record<string, unknown>;
  const keys = [
    "bodyBackgroundColor",
    "bodyForegroundColor",
    "controlBackgroundColor",
    "controlForegroundColor",
  ] as const;
  if (!keys.every((key) => typeof t[key] === "string")) return null;
  return {
    bodyBackgroundColor: t.bodyBackgroundColor as string,
    bodyForegroundColor: t.bodyForegroundColor as string,
    controlBackgroundColor: t.controlBackgroundColor as string,
    controlForegroundColor: t.controlForegroundColor as string,
  };
}

/** WCAG relative luminance of "#RGB" or "#RRGGBB" (the "#" optional), or null for anything else. */
function luminance(color: string): number | null {
  const hex = color.trim().replace(/^#/, "");
  const full = /^[0-9a-f]{3}$/i.test(hex) ? [...hex].map((c) => c + c).join("") : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return null;
  const channel = (i: number) => {
    const value = parseInt(full.slice(i, i + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** Contrast of 20:1 or more: only pure black against pure white (21:1) and its near neighbours reach it. */
function isExtreme(a: number, b: number): boolean {
  const [light, dark] = a > b ? [a, b] : [b, a];
  return (light + 0.05) / (dark + 0.05) >= 20;
}
