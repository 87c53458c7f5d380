import { FluentProvider } from "@fluentui/react-components";
import { useEffect } from "react";

import { pickLanguage } from "../engine/texts/language.ts";
import type { PaneServices } from "../office/paneServices.ts";

import { App } from "./App.tsx";
import { useFocusRingOnEntry } from "./hooks/useFocusRingOnEntry.ts";
import { useThemeKind } from "./hooks/useThemeKind.ts";
import { usePageStyles, usePaneStyles } from "./Pane.styles.ts";
import { fluentTheme } from "./paneTheme.ts";
import { PANE_STRINGS } from "../engine/texts/paneCatalogs.ts";
import { StringsContext } from "./StringsContext.ts";

export interface PaneProps {
  services: PaneServices;
}

/** The pane in Outlook's language and theme (light, dark or high contrast, following switches). */
export function Pane({ services }: PaneProps) {
  const strings = PANE_STRINGS[pickLanguage(services.client.displayLanguage)];
  const themeKind = useThemeKind(services.theme);
  const styles = usePaneStyles();
  usePageStyles();
  useFocusRingOnEntry();

  useEffect(() => {
    document.documentElement.lang = strings.language;
  }, [strings.language]);

  return (
    <FluentProvider theme={fluentTheme(themeKind)} className={styles.root}>
      <StringsContext.Provider value={strings}>
        <App services={services} />
      </StringsContext.Provider>
    </FluentProvider>
  );
}
