import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useState, useSyncExternalStore } from "react";

import type { AddinFrameConnector } from "../frames/addinFrameConnector.ts";
import type { SimulatedOutlook } from "../outlook/simulatedOutlook.ts";

import { ComposeWindow } from "./components/ComposeWindow.tsx";
import { EventRuntimeFrame } from "./components/EventRuntimeFrame.tsx";
import { PresetBar } from "./components/PresetBar.tsx";
import { SentList } from "./components/SentList.tsx";
import { SettingsPanel } from "./components/SettingsPanel.tsx";
import { SmartAlert } from "./components/SmartAlert.tsx";
import { TaskPanePanel } from "./components/TaskPanePanel.tsx";
import { useStore } from "./useStore.ts";

export interface AppProps {
  outlook: SimulatedOutlook;
  /** Joins the add-in's frames to Outlook over Microsoft's Office.js or the simulator's fake. */
  connector: AddinFrameConnector;
  /** The folder the add-in's pages are loaded from. */
  addinBase: string;
}

/** Outlook's compose window with the add-in's pane beside it, and the simulator's own controls on the right. */
export function App({ outlook, connector, addinBase }: AppProps) {
  const state = useStore(outlook);
  const environment = useSyncExternalStore(outlook.host.subscribe, connector.loadedEnvironment);
  const [presetNote, setPresetNote] = useState("");
  return (
    <FluentProvider theme={webLightTheme} className="app">
      <header className="app-header">
        <h1 className="app-title">Outlook compose simulator</h1>
        <PresetBar outlook={outlook} onLoaded={setPresetNote} />
      </header>
      <div className="workspace">
        <ComposeWindow outlook={outlook} addinBase={addinBase} note={presetNote} />
        {state.pane.open && (
          <TaskPanePanel
            outlook={outlook}
            connector={connector}
            addinBase={addinBase}
            loadId={state.pane.loadId}
            environment={environment}
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
