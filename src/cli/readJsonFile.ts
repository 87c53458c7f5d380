import { readFile } from "node:fs/promises";

import { CliError } from "./cliError.ts";

const READ_PROBLEMS: Record<string, string> = {
  ENOENT: "no such file",
  EISDIR: "it is a directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
};

/** Reads and parses a JSON file; any failure is a `CliError` naming the file and the problem in one line. */
export async function readJsonFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new CliError([`bcc-guard: cannot read ${file}: ${READ_PROBLEMS[code ?? ""] ?? message}`]);
  }
  // Windows editors often save a byte-order mark, which JSON.parse rejects.
  const json = text.replace(/^\uFEFF/, "");
  try {
    return JSON.parse(json) as unknown;
  } catch (error) {
    throw new CliError([`bcc-guard: ${file} is not valid JSON: ${describeParseError(error as Error, json)}`]);
  }
}

/** The parser's own message on one line, with the line and column that editors show added to its position. */
function describeParseError(error: Error, json: string): string {
  const message = error.message.replace(/\s+/g, " ").trim();
  const position = /at position (\d+)/.exec(message);
  if (!position || /\bline\b/.test(message)) return message;
  const before = json.slice(0, Number(position[1]));
  const line = before.split("\n").length;
  const column = before.length - before.lastIndexOf("\n");
  return `${message} (line ${line}, column ${column})`;
}
