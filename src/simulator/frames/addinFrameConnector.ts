import type { HostBridge } from "./hostBridge.ts";

/** Which of the add-in's pages a frame runs: the hidden event runtime or the task pane. */
export type AddinFrameRole = "events" | "taskpane";

/** How one add-in iframe, from creation to removal, is joined to the simulator's Outlook. */
export interface AddinFrameConnection {
  /**
   * The iframe's `name`, which must be set before the frame loads (Outlook on the web hands Office.js its
   * channel this way); undefined when the frame needs none.
   */
  readonly name: string | undefined;
  /**
   * Joins the frame once the iframe is in the document, before its page has loaded. Returns what ends the
   * connection when the iframe is removed: the frame is then never called again.
   */
  attach(frame: HTMLIFrameElement): () => void;
}

/** Makes the connections for the page's add-in frames; one Office.js implementation behind each. */
export interface AddinFrameConnector {
  /** Microsoft's Office.js, or the simulator's fake. */
  readonly office: "real" | "fake";
  /** A connection for one new iframe. */
  connect(role: AddinFrameRole): AddinFrameConnection;
  /**
   * What the frames' Office.js reads only as it loads; the frames must be loaded afresh when it changes.
   * Read it with the host's `subscribe`.
   */
  loadedEnvironment(): string;
}

/**
 * Frames on the simulator's fake Office.js, which finds the host through the page's bridge by itself and
 * reads everything live; removing a frame ends its subscriptions.
 */
export function fakeOfficeConnector(bridge: HostBridge): AddinFrameConnector {
  return {
    office: "fake",
    connect: () => ({
      name: undefined,
      attach(frame) {
        const window = frame.contentWindow;
        return () => {
          if (window) bridge.detach(window);
        };
      },
    }),
    loadedEnvironment: () => "",
  };
}
