import { useCallback, useEffect, useState } from "react";

import { themeKindOf } from "../../office/officeTheme.ts";
import type { OfficeThemeColors, ThemeKind } from "../../office/officeTheme.ts";
import type { PaneServices } from "../../office/paneServices.ts";

import { useOfficeSubscription } from "./useOfficeSubscription.ts";

const FORCED_COLORS = "(forced-colors: active)";

/** Outlook's current look, following theme switches and Windows high contrast while the pane is open. */
export function useThemeKind(theme: PaneServices["theme"]): ThemeKind {
  const [colors, setColors] = useState<OfficeThemeColors | null>(() => theme.read());
  const [forced, setForced] = useState(() => forcedColorsQuery()?.matches ?? false);

  useEffect(() => {
    const query = forcedColorsQuery();
    if (!query) return;
    const onChange = () => setForced(query.matches);
    query.addEventListener("change", onChange);
    return () => query.removeEventListener("change", onChange);
  }, []);

  const subscribe = useCallback(
    (listener: (next: OfficeThemeColors | null) => void) => theme.onChanged(listener),
    [theme],
  );
  useOfficeSubscription("officeThemeChanged", subscribe, setColors);

  return themeKindOf(colors, forced);
}

function forcedColorsQuery(): MediaQueryList | null {
  return typeof window !== "undefined" && typeof window.matchMedia === "function"
    ? window.matchMedia(FORCED_COLORS)
    : null;
}
