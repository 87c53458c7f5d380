/** Which Outlook the simulator plays: a desktop or web client, or Outlook for iOS or Android. */
export type SimulatedClient = "desktop" | "ios" | "android";

export const SIMULATED_CLIENTS: readonly SimulatedClient[] = ["desktop", "ios", "android"];

/** The phone app version the simulator claims: recent enough for every API BCC Guard uses there. */
export const SIMULATED_PHONE_VERSION = "4.2530.0";

export function isPhone(client: SimulatedClient): client is "ios" | "android" {
  return client !== "desktop";
}
