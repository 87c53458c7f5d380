/*
 * The stand-in for https://appsforoffice.microsoft.com/lib/1/hosted/office.js, built as one classic script
 * (/fake-office/office.js). In an add-in page inside the simulator it defines `Office` over the simulator's
 * OutlookHost, so the add-in's own code runs unchanged. Anywhere else it defines nothing, and the add-in
 * behaves as it does when Office.js cannot reach Outlook.
 */
import { findHostBridge } from "./frames/hostBridge.ts";
import { createFakeOffice, createPhoneOffice } from "./fakeOfficeJs/index.ts";

const bridge = findHostBridge(window);
if (bridge) {
  const host = bridge.attach(window);
  window.addEventListener("pagehide", () => bridge.detach(window));
  Object.defineProperty(window, "Office", {
    // On a simulated phone the frame gets only the mobile API surface (read once: a client change reloads it).
    value:
      host.client === "desktop"
        ? createFakeOffice(host, { platform: "OfficeOnline", hostName: "OutlookWebApp" })
        : createPhoneOffice(host, host.client),
    configurable: true,
    writable: true,
  });
}
