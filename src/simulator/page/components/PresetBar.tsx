import { Button } from "@fluentui/react-components";

import { PRESETS } from "../../outlook/presets.ts";
import type { PresetOutcome } from "../../outlook/presets.ts";
import type { SimulatedOutlook } from "../../outlook/simulatedOutlook.ts";

const OUTCOME_TEXT: Record<PresetOutcome, string> = {
  blocked: "BCC Guard blocks it",
  warning: "BCC Guard warns (Send Anyway is offered)",
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
            const withPolicy = preset.withPolicy ? ` Built with ${preset.withPolicy.note}` : "";
            const running = policyFile === null ? "" : ` This simulator runs ${policyFile}.`;
            onLoaded(
              `${preset.description} With the default policy, ${OUTCOME_TEXT[preset.expected]}.${withPolicy}${running}`,
            );
          }}
        >
          {preset.label}
        </Button>
      ))}
    </nav>
  );
}
