import { FluentProvider, teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useState, useSyncExternalStore } from "react";

import type { AddinFrameConnector } from "../frames/addinFrameConnector.ts";
import { simulatorThemeName } from "../outlook/officeThemes.ts";
import type { SimulatorThemeName } from "../outlook/officeThemes.ts";
import type { SimulatedOutlook } from "../outlook/simulatedOutlook.ts";
import type { SimulatorInfo } from "../server/servedPaths.ts";

import { ComposeWindow } from "./components/ComposeWindow.tsx";
import { EventRuntimeFrame } from "./components/EventRuntimeFrame.tsx";
import { PresetBar } from "./components/PresetBar.tsx";
import { SentList } from "./components/SentList.tsx";
import { SettingsPanel } from "./components/SettingsPanel.tsx";
import { SmartAlert } from "./components/SmartAlert.tsx";
import { TaskPanePanel } from "./components/TaskPanePanel.tsx";
import { policyLabel } from "./simulatorInfo.ts";
import { useStore } from "./useStore.ts";

export interface AppProps {
  outlook: SimulatedOutlook;
  /** Joins the add-in's frames to Outlook over Microsoft's Office.js or the simulator's fake. */
  connector: AddinFrameConnector;
  /** The folder the add-in's pages are loaded from. */
  addinBase: string;
  /** What the server was started with (the policy). */
  info: SimulatorInfo;
}

/** Outlook's own window follows its theme, as the pane does. */
const PAGE_THEMES = {
  light: webLightTheme,
  dark: webDarkTheme,
  highContrast: teamsHighContrastTheme,
} satisfies Record<SimulatorThemeName, unknown>;

/** The last preset's caption, for the compose window it opened. */
interface PresetNote {
  readonly composeId: number;
  readonly text: string;
}

/** Outlook's compose window with the add-in's pane beside it, and the simulator's own controls on the right. */
export function App({ outlook, connector, addinBase, info }: AppProps) {
  const state = useStore(outlook);
  const environment = useSyncExternalStore(outlook.host.subscribe, connector.loadedEnvironment);
  // The pane picks its language as it loads, on either Office.js: a new language loads it afresh.
  const language = useSyncExternalStore(outlook.host.subscribe, () => outlook.host.displayLanguage);
  const theme = useSyncExternalStore(outlook.host.subscribe, () => simulatorThemeName(outlook.host.officeTheme));
  const [presetNote, setPresetNote] = useState<PresetNote | null>(null);
  // A new compose window (after Send or Discard) is no longer the preset's message.
  const note = presetNote?.composeId === state.composeId ? presetNote.text : "";
  return (
    <FluentProvider theme={PAGE_THEMES[theme]} className="app">
      <header className="app-header">
        <h1 className="app-title">Outlook compose simulator</h1>
        <p className="app-policy">
          Policy: <strong>{policyLabel(info)}</strong>
        </p>
        <PresetBar
          outlook={outlook}
          policyFile={info.policyFile}
          onLoaded={(text) => setPresetNote({ composeId: outlook.getSnapshot().composeId, text })}
        />
      </header>
      <div className="workspace">
        <ComposeWindow outlook={outlook} addinBase={addinBase} note={note} />
        {state.pane.open && (
          <TaskPanePanel
            outlook={outlook}
            connector={connector}
            addinBase={addinBase}
            loadId={state.pane.loadId}
            environment={`${environment} ${language}`}
          />
        )}
        <aside className="sidebar" aria-label="Simulator">
          <SettingsPanel outlook={outlook} addinBase={addinBase} office={connector.office} />
          <SentList sent={state.sent} outlook={outlook} />
        </aside>
      </div>
      <EventRuntimeFrame
        outlook={outlook}
        connector={connector}
        addinBase={addinBase}
        loadId={state.runtimeLoadId}
        environment={environment}
      />
      <SmartAlert outlook={outlook} dialog={state.dialog} addinBase={addinBase} />
    </FluentProvider>
  );
}
