import { planMoveToBcc } from "../../engine/planMoveToBcc.ts";
import type { Io } from "../io.ts";
import { loadMessage } from "../loadMessage.ts";
import { loadPolicy } from "../loadPolicy.ts";

/** `bcc-guard plan`: the recipients after "Move to Bcc", as the task pane would write them. */
export async function planMove(messageFile: string, options: { policy?: string }, io: Io): Promise<void> {
  const policy = await loadPolicy(options.policy);
  const { to, cc, bcc, moved, cannotMove } = planMoveToBcc(await loadMessage(messageFile), policy);
  io.stdout(`${JSON.stringify({ to, cc, bcc, moved, cannotMove }, null, 2)}\n`);
}
