import { evaluate } from "../../engine/evaluate.ts";
import type { Io } from "../io.ts";
import { loadMessage } from "../loadMessage.ts";
import { loadPolicy } from "../loadPolicy.ts";
import { forEachMessageFile } from "./messageFiles.ts";

/** `bcc-guard evaluate`: the engine's Verdict for each message file, exactly as the add-in would decide at Send. */
export async function evaluateMessage(
  messageFiles: readonly string[],
  options: { policy?: string },
  io: Io,
): Promise<void> {
  const policy = await loadPolicy(options.policy);
  await forEachMessageFile(messageFiles, io, async (file) => evaluate(await loadMessage(file), policy));
}
