import type { Message } from "../engine/message.ts";
import { CliError, problemLines } from "./cliError.ts";
import { parseMessage } from "./messageSchema.ts";
import { readJsonFile } from "./readJsonFile.ts";

/** Reads a message file; a malformed one is bad input, reported with the JSON path of every problem. */
export async function loadMessage(file: string): Promise<Message> {
  const result = parseMessage(await readJsonFile(file));
  if (result.ok) return result.message;
  throw new CliError(problemLines(file, result.problems).map((line) => `bcc-guard: ${line}`));
}
