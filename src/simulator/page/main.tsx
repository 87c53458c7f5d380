/*
 * The simulator page: one OutlookHost holds the message, SimulatedOutlook plays Outlook around it, and the
 * add-in's frames reach the host through the bridge. window.simulator drives the same objects for tests.
 */
import { createRoot } from "react-dom/client";

import { publishHost } from "../frames/hostBridge.ts";
import { createOutlookHost } from "../host/index.ts";
import { createSimulatorApi } from "../outlook/automationApi.ts";
import { SimulatedOutlook } from "../outlook/simulatedOutlook.ts";

import { addinBaseFrom } from "./addinBase.ts";
import { App } from "./App.tsx";
import "./simulator.css";

const host = createOutlookHost();
const outlook = new SimulatedOutlook(host);
const bridge = publishHost(window, host);
Object.defineProperty(window, "simulator", { value: createSimulatorApi(outlook), configurable: true });

const container = document.getElementById("root");
if (container) {
  createRoot(container).render(<App outlook={outlook} bridge={bridge} addinBase={addinBaseFrom(location.search)} />);
}
