import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useState } from "react";

import type { HostBridge } from "../frames/hostBridge.ts";
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
  bridge: HostBridge;
  /** The folder the add-in's pages are loaded from. */
  addinBase: string;
}

/** Outlook's compose window with the add-in's pane beside it, and the simulator's own controls on the right. */
export function App({ outlook, bridge, addinBase }: AppProps) {
  const state = useStore(outlook);
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
          <TaskPanePanel outlook={outlook} bridge={bridge} addinBase={addinBase} loadId={state.pane.loadId} />
        )}
        <aside className="sidebar" aria-label="Simulator">
          <SettingsPanel outlook={outlook} addinBase={addinBase} />
          <SentList sent={state.sent} />
        </aside>
      </div>
      <EventRuntimeFrame outlook={outlook} bridge={bridge} addinBase={addinBase} loadId={state.runtimeLoadId} />
      <SmartAlert outlook={outlook} dialog={state.dialog} addinBase={addinBase} />
    </FluentProvider>
  );
}
