import { evaluate } from "../../engine/evaluate.ts";
import type { Io } from "../io.ts";
import { loadMessage } from "../loadMessage.ts";
import { loadPolicy } from "../loadPolicy.ts";

/** `bcc-guard evaluate`: the engine's Verdict, exactly as the add-in would decide at Send. */
export async function evaluateMessage(messageFile: string, options: { policy?: string }, io: Io): Promise<void> {
  const policy = await loadPolicy(options.policy);
  const verdict = evaluate(await loadMessage(messageFile), policy);
  io.stdout(`${JSON.stringify(verdict, null, 2)}\n`);
}
