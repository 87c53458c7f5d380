import { Button } from "@fluentui/react-components";

import type { AddinFrameConnector } from "../../frames/addinFrameConnector.ts";
import { ADDIN_DISPLAY_NAME } from "../../outlook/addinCommands.ts";
import type { SimulatedOutlook } from "../../outlook/simulatedOutlook.ts";
import { useAddinFrame } from "../useAddinFrame.ts";

export interface TaskPanePanelProps {
  outlook: SimulatedOutlook;
  connector: AddinFrameConnector;
  addinBase: string;
  loadId: number;
  /** The connector's `loadedEnvironment()`: the pane is loaded afresh when it changes. */
  environment: string;
}

/** The side panel Outlook opens for a task pane add-in: its name, a close button, and the pane's page. */
export function TaskPanePanel(props: TaskPanePanelProps) {
  return <Panel key={`${props.loadId} ${props.environment}`} {...props} />;
}

function Panel({ outlook, connector, addinBase, loadId }: TaskPanePanelProps) {
  const { ref, name } = useAddinFrame(connector, "taskpane");
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
        name={name}
        className="taskpane-frame"
        title={ADDIN_DISPLAY_NAME}
        src={`${addinBase}taskpane.html`}
        onLoad={() => outlook.paneLoaded(loadId)}
      />
    </aside>
  );
}
