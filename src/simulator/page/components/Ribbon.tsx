import { Button } from "@fluentui/react-components";

import { CONTROL_IDS } from "../../../office/addinIds.ts";
import type { SimulatedOutlook } from "../../outlook/simulatedOutlook.ts";

/**
 * The add-in's two compose-ribbon buttons, labelled as in the manifest. Plain buttons in a group: Fluent's
 * Toolbar adds hidden focus helpers that axe reports as focusable hidden elements.
 */
export function Ribbon({ outlook, addinBase }: { outlook: SimulatedOutlook; addinBase: string }) {
  const icon = <img src={`${addinBase}assets/icon-16.png`} alt="" width={16} height={16} />;
  return (
    <div role="group" aria-label="Ribbon" className="ribbon">
      <Button appearance="subtle" icon={icon} onClick={() => void outlook.openTaskPane()}>
        BCC Guard
      </Button>
      <Button appearance="subtle" icon={icon} onClick={() => void outlook.runCommand(CONTROL_IDS.moveToBcc)}>
        Move to Bcc
      </Button>
    </div>
  );
}
