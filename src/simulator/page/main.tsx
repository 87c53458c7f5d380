/*
 * The simulator page: one OutlookHost holds the message, SimulatedOutlook plays Outlook around it, and the
 * add-in's frames reach the host over Microsoft's Office.js (each frame its own postMessage channel) or, with
 * `?office=fake`, over the simulator's fake through the bridge. window.simulator drives the same objects for
 * tests.
 */
import { createRoot } from "react-dom/client";

import type { SimulatorInfo } from "../server/servedPaths.ts";

import { fakeOfficeConnector } from "../frames/addinFrameConnector.ts";
import { publishHost } from "../frames/hostBridge.ts";
import { officeJsConnector } from "../frames/officeJsFrames.ts";
import { createOutlookHost } from "../host/index.ts";
import { createSimulatorApi } from "../outlook/automationApi.ts";
import { SimulatedOutlook } from "../outlook/simulatedOutlook.ts";

import { addinBaseFrom, officeModeFrom } from "./addinBase.ts";
import { App } from "./App.tsx";
import { loadSimulatorInfo } from "./simulatorInfo.ts";
import "./simulator.css";

const host = createOutlookHost();
const outlook = new SimulatedOutlook(host);
const office = officeModeFrom(location.search);
const connector =
  office === "fake" ? fakeOfficeConnector(publishHost(window, host)) : officeJsConnector({ page: window, host });
Object.defineProperty(window, "simulator", { value: createSimulatorApi(outlook, { office }), configurable: true });

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  const render = (info: SimulatorInfo) =>
    root.render(
      <App outlook={outlook} connector={connector} addinBase={addinBaseFrom(location.search, office)} info={info} />,
    );
  // Drawn at once; the policy's name follows when the server has said it (a local request, a few ms).
  render({ policyFile: null });
  void loadSimulatorInfo().then(render);
}
