import { Field, Radio, RadioGroup } from "@fluentui/react-components";

import { SIMULATED_CLIENTS } from "../../host/index.ts";
import type { SimulatedClient } from "../../host/index.ts";
import type { SimulatedOutlook } from "../../outlook/simulatedOutlook.ts";
import { useStore } from "../useStore.ts";

const LABELS: Record<SimulatedClient, string> = {
  desktop: "Desktop or web",
  ios: "iPhone (Outlook for iOS)",
  android: "Android (Outlook for Android)",
};

/**
 * Which Outlook composes the message. A phone has only the mobile API surface, one notice, no ribbon or pane
 * and no check at Send; it runs on the simulator's fake Office.js only.
 */
export function ClientPicker({ outlook, office }: { outlook: SimulatedOutlook; office: "real" | "fake" }) {
  const message = useStore(outlook.host);
  return (
    <Field
      label="Outlook client"
      hint={
        office === "real"
          ? "Phones need the fake Office.js: Microsoft's reaches the phone apps through their native bridge."
          : "Switching opens a fresh compose window in that client."
      }
    >
      <RadioGroup value={message.client} onChange={(_, data) => outlook.setClient(data.value as SimulatedClient)}>
        {SIMULATED_CLIENTS.map((client) => (
          <Radio
            key={client}
            value={client}
            label={LABELS[client]}
            disabled={office === "real" && client !== "desktop"}
          />
        ))}
      </RadioGroup>
    </Field>
  );
}
