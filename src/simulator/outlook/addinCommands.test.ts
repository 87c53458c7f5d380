import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import { describe, expect, it } from "vitest";

import { ADDIN_COMMANDS, ADDIN_DISPLAY_NAME, LAUNCH_EVENT_FUNCTIONS } from "./addinCommands.ts";

const manifest = readFileSync(resolve(import.meta.dirname, "../../../manifest.xml"), "utf8");

/** The `<Action>` of the `<Control>` with this id, as manifest.xml declares it. */
function controlAction(id: string): { type: string; functionName?: string } | undefined {
  const control = new RegExp(`<Control[^>]*id="${id}"[^>]*>([\\s\\S]*?)</Control>`).exec(manifest)?.[1];
  const action = control && /<Action xsi:type="(\w+)">([\s\S]*?)<\/Action>/.exec(control);
  if (!action) return undefined;
  const functionName = /<FunctionName>([^<]+)<\/FunctionName>/.exec(action[2] ?? "")?.[1];
  return { type: action[1] ?? "", ...(functionName ? { functionName } : {}) };
}

describe("the simulator's view of the manifest", () => {
  it("runs each ribbon control as the manifest declares it", () => {
    for (const [id, command] of Object.entries(ADDIN_COMMANDS)) {
      expect(controlAction(id)).toEqual(
        command.kind === "taskpane"
          ? { type: "ShowTaskpane" }
          : { type: "ExecuteFunction", functionName: command.functionName },
      );
    }
  });

  it("raises the launch events the manifest declares", () => {
    expect(manifest).toContain(`Type="OnMessageSend" FunctionName="${LAUNCH_EVENT_FUNCTIONS.messageSend}"`);
    expect(manifest).toContain(
      `Type="OnMessageRecipientsChanged" FunctionName="${LAUNCH_EVENT_FUNCTIONS.recipientsChanged}"`,
    );
  });

  it("names the add-in as the manifest does", () => {
    expect(manifest).toContain(`<DisplayName DefaultValue="${ADDIN_DISPLAY_NAME}"`);
  });
});
