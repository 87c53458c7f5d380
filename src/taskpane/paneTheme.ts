import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { Theme } from "@fluentui/react-components";

import type { ThemeKind } from "../office/officeTheme.ts";

/** The Fluent theme for each look of Outlook. */
export function fluentTheme(kind: ThemeKind): Theme {
  if (kind === "high-contrast") return teamsHighContrastTheme;
  return kind === "dark" ? webDarkTheme : webLightTheme;
}
