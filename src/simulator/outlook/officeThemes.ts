import type { OfficeTheme } from "../host/index.ts";

/** The themes the simulator offers, named as `window.simulator.setTheme` takes them. */
export type SimulatorThemeName = "light" | "dark" | "highContrast";

export const SIMULATOR_THEME_NAMES: readonly SimulatorThemeName[] = ["light", "dark", "highContrast"];

/**
 * Office's theme colours for each choice, as `Office.context.officeTheme` and the OfficeThemeChanged event
 * report them: Outlook's light (white) theme, its dark theme and a high-contrast theme (pure white on pure
 * black, which the pane tells from dark by its contrast).
 */
export const OFFICE_THEMES: Readonly<Record<SimulatorThemeName, OfficeTheme>> = {
  light: {
    bodyBackgroundColor: "#ffffff",
    bodyForegroundColor: "#242424",
    controlBackgroundColor: "#ffffff",
    controlForegroundColor: "#242424",
    isDarkTheme: false,
  },
  dark: {
    bodyBackgroundColor: "#292929",
    bodyForegroundColor: "#ffffff",
    controlBackgroundColor: "#3d3d3d",
    controlForegroundColor: "#ffffff",
    isDarkTheme: true,
  },
  highContrast: {
    bodyBackgroundColor: "#000000",
    bodyForegroundColor: "#ffffff",
    controlBackgroundColor: "#000000",
    controlForegroundColor: "#ffffff",
    isDarkTheme: true,
  },
};

/** Which of the simulator's themes `theme` is; a host with no theme shows Outlook's default, light. */
export function simulatorThemeName(theme: OfficeTheme | undefined): SimulatorThemeName {
  if (!theme) return "light";
  const found = SIMULATOR_THEME_NAMES.find(
    (name) =>
      OFFICE_THEMES[name].bodyBackgroundColor === theme.bodyBackgroundColor &&
      OFFICE_THEMES[name].controlBackgroundColor === theme.controlBackgroundColor &&
      OFFICE_THEMES[name].bodyForegroundColor === theme.bodyForegroundColor,
  );
  return found ?? "light";
}
