import { Button, Field, Input, Radio, RadioGroup, Select } from "@fluentui/react-components";
import { useState } from "react";

import { HOST_METHODS, MAILBOX_REQUIREMENT_SETS } from "../../host/index.ts";
import type { FaultKind, HostMethod, MailboxRequirementSet } from "../../host/index.ts";
import { SIMULATOR_THEME_NAMES, simulatorThemeName } from "../../outlook/officeThemes.ts";
import type { SimulatorThemeName } from "../../outlook/officeThemes.ts";
import type { SimulatedOutlook } from "../../outlook/simulatedOutlook.ts";
import { useStore } from "../useStore.ts";

import { ClientPicker } from "./ClientPicker.tsx";

const THEME_LABELS: Record<SimulatorThemeName, string> = {
  light: "Light",
  dark: "Dark",
  highContrast: "High contrast",
};

const LANGUAGES = [
  { tag: "en-US", name: "English" },
  { tag: "fr-FR", name: "Français" },
  { tag: "de-DE", name: "Deutsch" },
  { tag: "es-ES", name: "Español" },
  { tag: "ja-JP", name: "日本語" },
];

/** The environment the add-in runs in: requirement set, language, slow answers and broken calls. */
export interface SettingsPanelProps {
  outlook: SimulatedOutlook;
  addinBase: string;
  /** Which Office.js the add-in's frames run. */
  office: "real" | "fake";
}

export function SettingsPanel({ outlook, addinBase, office }: SettingsPanelProps) {
  const { host } = outlook;
  const message = useStore(host);
  const state = useStore(outlook);
  const [method, setMethod] = useState<HostMethod>("bcc.addAsync");
  const [call, setCall] = useState("2");
  const [kind, setKind] = useState<FaultKind>("fail");
  const callNumber = call.trim() === "" ? undefined : Number(call);
  const callValid = callNumber === undefined || (Number.isInteger(callNumber) && callNumber >= 1);

  return (
    <section className="settings" aria-labelledby="settings-heading">
      <h2 id="settings-heading">Settings</h2>
      <ClientPicker outlook={outlook} office={office} />
      <Field label="Mailbox requirement set">
        <RadioGroup
          layout="horizontal"
          value={message.requirementSet}
          onChange={(_, data) => outlook.setRequirementSet(data.value as MailboxRequirementSet)}
        >
          {MAILBOX_REQUIREMENT_SETS.map((set) => (
            <Radio key={set} value={set} label={set} />
          ))}
        </RadioGroup>
      </Field>
      <Field label="Display language">
        <Select value={message.displayLanguage} onChange={(_, data) => outlook.setDisplayLanguage(data.value)}>
          {LANGUAGES.map((language) => (
            <option key={language.tag} value={language.tag}>
              {`${language.name} (${language.tag})`}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Outlook theme" hint="The pane hears it through Office.js (OfficeThemeChanged).">
        <Select
          value={simulatorThemeName(message.officeTheme)}
          onChange={(_, data) => outlook.setTheme(data.value as SimulatorThemeName)}
        >
          {SIMULATOR_THEME_NAMES.map((name) => (
            <option key={name} value={name}>
              {THEME_LABELS[name]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Delay before each Office call is answered (ms)">
        <Input
          type="number"
          min={0}
          step={10}
          value={String(state.latencyMs)}
          onChange={(_, data) => {
            const ms = Number(data.value);
            if (Number.isFinite(ms) && ms >= 0) outlook.setLatency(ms);
          }}
        />
      </Field>
      <fieldset className="faults">
        <legend>Faults</legend>
        <Field label="Office call">
          <Select value={method} onChange={(_, data) => setMethod(data.value as HostMethod)}>
            {HOST_METHODS.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label="Only call number (empty: every call)"
          validationState={callValid ? "none" : "error"}
          validationMessage={callValid ? undefined : "A whole number from 1"}
        >
          <Input type="number" min={1} value={call} onChange={(_, data) => setCall(data.value)} />
        </Field>
        <Field label="Kind">
          <Select value={kind} onChange={(_, data) => setKind(data.value as FaultKind)}>
            <option value="fail">fail (answers error 9002)</option>
            <option value="hang">hang (never answers)</option>
          </Select>
        </Field>
        <div className="fault-buttons">
          <Button
            disabled={!callValid}
            onClick={() =>
              outlook.injectFault({ method, kind, ...(callNumber === undefined ? {} : { call: callNumber }) })
            }
          >
            Add fault
          </Button>
          <Button disabled={state.faults.length === 0} onClick={() => outlook.clearFaults()}>
            Clear faults
          </Button>
        </div>
        {state.faults.length > 0 && (
          <ul className="fault-list" aria-label="Faults waiting">
            {state.faults.map((fault, i) => (
              <li key={i}>
                {`${fault.method}: ${fault.kind}${fault.call === undefined ? ", every call" : `, call ${fault.call}`}`}
                <Button size="small" appearance="subtle" onClick={() => outlook.removeFault(fault)}>
                  Remove
                </Button>
              </li>
            ))}
          </ul>
        )}
        {state.firedFaults.length > 0 && (
          <ul className="fault-list" aria-label="Faults fired">
            {state.firedFaults.map((fault, i) => (
              <li key={i} className="fault-fired">
                {`${fault.method}: ${fault.kind}, call ${fault.call ?? "every"}: fired`}
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <p className="settings-note">
        {office === "real"
          ? "Office.js: Microsoft's (1.1.110 from npm); the add-in reloads when the requirement set or language changes. "
          : "Office.js: the simulator's fake. "}
        <a href={office === "real" ? "?office=fake" : "?office=real"}>
          {office === "real" ? "Use the fake" : "Use Microsoft's"}
        </a>
        <br />
        Add-in pages: <code>{addinBase}</code>
        {addinBase === "/"
          ? " (as built; the test harness answers Office.js's URLs)"
          : " (as built but for Office.js's URL)"}
      </p>
    </section>
  );
}
