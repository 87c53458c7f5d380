import { SIMULATOR_INFO_PATH } from "../server/servedPaths.ts";
import type { SimulatorInfo } from "../server/servedPaths.ts";

/** What the page shows when the server says nothing (an older server, or a file opened some other way). */
const UNKNOWN: SimulatorInfo = { policyFile: null };

/** Asks the server that serves the page what it was started with. Never throws. */
export async function loadSimulatorInfo(
  fetchInfo: (path: string) => Promise<Response> = fetch,
): Promise<SimulatorInfo> {
  try {
    const response = await fetchInfo(SIMULATOR_INFO_PATH);
    if (!response.ok) return UNKNOWN;
    const info = (await response.json()) as { policyFile?: unknown };
    return { policyFile: typeof info.policyFile === "string" && info.policyFile !== "" ? info.policyFile : null };
  } catch {
    return UNKNOWN;
  }
}

/** How the page names the policy the add-in was built with ("Policy: default" or the file as given). */
export function policyLabel(info: SimulatorInfo): string {
  return info.policyFile ?? "default";
}
