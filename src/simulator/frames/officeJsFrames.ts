import type { OutlookHost } from "../host/index.ts";
import { createXdmHost, type XdmHost } from "../officeJsHost/index.ts";

import type { AddinFrameConnector } from "./addinFrameConnector.ts";
import { moveFocusPast } from "./focusHandBack.ts";

export interface OfficeJsConnectorOptions {
  /** The simulator page; the add-in frames are on its origin (https, so Office.js trusts it as its host). */
  readonly page: Window;
  readonly host: OutlookHost;
}

/**
 * Frames on Microsoft's Office.js, each with its own channel to the one host, as Outlook on the web gives
 * each add-in frame: the frame's `name` carries the channel, the page hears the frame's messages and answers
 * them. The event runtime's channel runs the host's dispatches, so launch events and function commands reach
 * the add-in through Office.js's own event plumbing.
 */
export function officeJsConnector({ page, host }: OfficeJsConnectorOptions): AddinFrameConnector {
  const origin = page.location.origin;
  const channels = new Map<MessageEventSource, XdmHost>();
  // A fresh part per page load: Office.js keeps channel state in sessionStorage under the conversation's name.
  const pageLoad = Math.random().toString(36).slice(2, 10);
  let frames = 0;

  page.addEventListener("message", (event: MessageEvent) => {
    // Only the frame a channel was made for, on the add-in's origin, may talk on it.
    if (event.origin !== origin || !event.source) return;
    channels.get(event.source)?.receive(event.data);
  });

  return {
    office: "real",
    connect(role) {
      frames += 1;
      let target: Window | null = null;
      let element: HTMLIFrameElement | null = null;
      const xdm = createXdmHost({
        host,
        appId: `${role}-${pageLoad}-${frames}`,
        addinOrigin: origin,
        hostOrigin: origin,
        postToAddin: (json) => target?.postMessage(json, origin),
        // Office.js cancels Tab at the frame's last control and asks Outlook to move on, as Outlook on the web does.
        onFocusHandBack: (direction) => {
          if (element) moveFocusPast(element, direction);
        },
      });
      return {
        name: xdm.channel.windowName,
        attach(frame) {
          const window = frame.contentWindow;
          target = window;
          element = frame;
          if (window) channels.set(window, xdm);
          const restoreDispatcher = role === "events" ? host.useDispatcher(xdm.dispatcher) : undefined;
          return () => {
            element = null;
            if (window) channels.delete(window);
            restoreDispatcher?.();
            xdm.close();
          };
        },
      };
    },
    // Office.js reads the requirement sets and the display language once, from the app context at load.
    loadedEnvironment: () => `${host.requirementSet} ${host.displayLanguage}`,
  };
}
