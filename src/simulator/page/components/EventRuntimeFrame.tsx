import type { HostBridge } from "../../frames/hostBridge.ts";
import type { SimulatedOutlook } from "../../outlook/simulatedOutlook.ts";
import { useFrameDetach } from "../useFrameDetach.ts";

export interface EventRuntimeFrameProps {
  outlook: SimulatedOutlook;
  bridge: HostBridge;
  addinBase: string;
  loadId: number;
}

/**
 * The add-in's event runtime, as Outlook on the web runs it: events.html in a hidden frame. A new compose
 * window gets a new runtime (the page remounts this with a new `loadId`).
 */
export function EventRuntimeFrame(props: EventRuntimeFrameProps) {
  return <RuntimeFrame key={props.loadId} {...props} />;
}

function RuntimeFrame({ outlook, bridge, addinBase, loadId }: EventRuntimeFrameProps) {
  const ref = useFrameDetach(bridge);
  return (
    <iframe
      ref={ref}
      hidden
      title="BCC Guard event runtime"
      src={`${addinBase}events.html`}
      onLoad={() => outlook.runtimeLoaded(loadId)}
    />
  );
}
