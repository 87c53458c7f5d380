import { Button } from "@fluentui/react-components";

import type { HostBridge } from "../../frames/hostBridge.ts";
import { ADDIN_DISPLAY_NAME } from "../../outlook/addinCommands.ts";
import type { SimulatedOutlook } from "../../outlook/simulatedOutlook.ts";
import { useFrameDetach } from "../useFrameDetach.ts";

export interface TaskPanePanelProps {
  outlook: SimulatedOutlook;
  bridge: HostBridge;
  addinBase: string;
  loadId: number;
}

/** The side panel Outlook opens for a task pane add-in: its name, a close button, and the pane's page. */
export function TaskPanePanel(props: TaskPanePanelProps) {
  return <Panel key={props.loadId} {...props} />;
}

function Panel({ outlook, bridge, addinBase, loadId }: TaskPanePanelProps) {
  const ref = useFrameDetach(bridge);
  return (
    <aside className="taskpane" aria-label={`${ADDIN_DISPLAY_NAME} task pane`}>
      <div className="taskpane-header">
        <img src={`${addinBase}assets/icon-16.png`} alt="" width={16} height={16} />
        <span className="taskpane-name">{ADDIN_DISPLAY_NAME}</span>
        <Button appearance="subtle" size="small" onClick={() => outlook.closeTaskPane()}>
          Close
        </Button>
      </div>
      <iframe
        ref={ref}
        className="taskpane-frame"
        title={ADDIN_DISPLAY_NAME}
        src={`${addinBase}taskpane.html`}
        onLoad={() => outlook.paneLoaded(loadId)}
      />
    </aside>
  );
}
