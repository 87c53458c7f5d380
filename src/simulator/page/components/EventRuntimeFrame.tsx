import type { AddinFrameConnector } from "../../frames/addinFrameConnector.ts";
import type { SimulatedOutlook } from "../../outlook/simulatedOutlook.ts";
import { useAddinFrame } from "../useAddinFrame.ts";

export interface EventRuntimeFrameProps {
  outlook: SimulatedOutlook;
  connector: AddinFrameConnector;
  addinBase: string;
  loadId: number;
  /** The connector's `loadedEnvironment()`: the runtime is loaded afresh when it changes. */
  environment: string;
}

/**
 * The add-in's event runtime, as Outlook on the web runs it: events.html in a hidden frame. A new compose
 * window gets a new runtime (the page remounts this with a new `loadId`).
 */
export function EventRuntimeFrame(props: EventRuntimeFrameProps) {
  return <RuntimeFrame key={`${props.loadId} ${props.environment}`} {...props} />;
}

function RuntimeFrame({ outlook, connector, addinBase, loadId }: EventRuntimeFrameProps) {
  const { ref, name } = useAddinFrame(connector, "events");
  return (
    <iframe
      ref={ref}
      name={name}
      hidden
      title="BCC Guard event runtime"
      src={`${addinBase}events.html`}
      onLoad={() => outlook.runtimeLoaded(loadId)}
    />
  );
}
