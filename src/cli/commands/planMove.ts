import { planMoveToBcc } from "../../engine/planMoveToBcc.ts";
import type { Io } from "../io.ts";
import { loadMessage } from "../loadMessage.ts";
import { loadPolicy } from "../loadPolicy.ts";
import { forEachMessageFile } from "./messageFiles.ts";

/** `bcc-guard plan`: for each message file, the recipients after "Move to Bcc", as the task pane would write them. */
export async function planMove(messageFiles: readonly string[], options: { policy?: string }, io: Io): Promise<void> {
  const policy = await loadPolicy(options.policy);
  await forEachMessageFile(messageFiles, io, async (file) => {
    const { to, cc, bcc, moved, cannotMove } = planMoveToBcc(await loadMessage(file), policy);
    return { to, cc, bcc, moved, cannotMove };
  });
}
