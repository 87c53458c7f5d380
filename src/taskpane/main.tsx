/*
 * The task pane's entry. Office.js comes from Microsoft's CDN in a plain script tag before this module, so the
 * global exists by now unless the CDN was blocked; everything Office is reached through src/office.
 */
import { createRoot } from "react-dom/client";

import { createPaneServices } from "../office/paneServices.ts";
import { whenOfficeReady } from "../office/whenOfficeReady.ts";

import { NotInOutlook } from "./NotInOutlook.tsx";
import { Pane } from "./Pane.tsx";

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  whenOfficeReady().then(
    (office) => root.render(<Pane services={createPaneServices(office)} />),
    () => root.render(<NotInOutlook browserLanguage={navigator.language} />),
  );
}
