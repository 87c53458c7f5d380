import { FluentProvider, Text, webLightTheme } from "@fluentui/react-components";

import { pickLanguage } from "../engine/texts/language.ts";

import { useAppStyles } from "./App.styles.ts";
import { usePageStyles, usePaneStyles } from "./Pane.styles.ts";
import { PANE_STRINGS } from "../engine/texts/paneCatalogs.ts";

export interface NotInOutlookProps {
  /** The browser's language: Outlook's is not known when Office.js never answered. */
  browserLanguage: string;
}

/** What the page says when Office.js never became ready, instead of staying blank. */
export function NotInOutlook({ browserLanguage }: NotInOutlookProps) {
  const strings = PANE_STRINGS[pickLanguage(browserLanguage)];
  const paneStyles = usePaneStyles();
  const styles = useAppStyles();
  usePageStyles();
  return (
    <FluentProvider theme={webLightTheme} className={paneStyles.root} lang={strings.language}>
      <main className={styles.main}>
        <Text as="h1" size={500} weight="semibold" className={styles.title}>
          {strings.appTitle}
        </Text>
        <Text as="p" role="alert" className={styles.text}>
          {strings.notInOutlook}
        </Text>
      </main>
    </FluentProvider>
  );
}
