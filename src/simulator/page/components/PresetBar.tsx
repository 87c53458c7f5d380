import { Button } from "@fluentui/react-components";

import { PRESETS } from "../../outlook/presets.ts";
import { isPhone } from "../../host/index.ts";
import type { PresetOutcome } from "../../outlook/presets.ts";
import type { SimulatedOutlook } from "../../outlook/simulatedOutlook.ts";

const OUTCOME_TEXT: Record<PresetOutcome, string> = {
  blocked: "BCC Guard blocks it",
  warning: "BCC Guard warns (Send Anyway is offered)",
  sends: "it sends without a word",
};

/** On a phone nothing is checked at Send: the notice while composing is all BCC Guard can do. */
const PHONE_OUTCOME_TEXT: Record<PresetOutcome, string> = {
  blocked: "BCC Guard's notice warns while composing, and Send sends it unchecked (phones have no Smart Alerts)",
  warning: "BCC Guard's notice warns while composing, and Send sends it unchecked (phones have no Smart Alerts)",
  sends: "it sends without a word",
};

/** The incident presets: each opens a new compose window with that message. */
export interface PresetBarProps {
  outlook: SimulatedOutlook;
  /** The policy file the add-in was built with; null for the default policy, which the outcomes describe. */
  policyFile: string | null;
  onLoaded(note: string): void;
}

export function PresetBar({ outlook, policyFile, onLoaded }: PresetBarProps) {
  return (
    <nav className="presets" aria-label="Presets">
      {PRESETS.map((preset) => (
        <Button
          key={preset.id}
          size="small"
          title={preset.description}
          onClick={() => {
            outlook.newCompose();
            outlook.host.loadCompose(preset.compose);
            const outcomes = isPhone(outlook.host.client) ? PHONE_OUTCOME_TEXT : OUTCOME_TEXT;
            const withPolicy = preset.withPolicy ? ` Built with ${preset.withPolicy.note}` : "";
            const running = policyFile === null ? "" : ` This simulator runs ${policyFile}.`;
            onLoaded(
              `${preset.description} With the default policy, ${outcomes[preset.expected]}.${withPolicy}${running}`,
            );
          }}
        >
          {preset.label}
        </Button>
      ))}
    </nav>
  );
}
