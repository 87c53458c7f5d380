import { readFile, stat } from "node:fs/promises";

import { visit } from "jsonc-parser";

import { formatPath } from "../engine/policySchema.ts";
import { CliError } from "./cliError.ts";
import { firstInvalidUtf8Byte } from "./utf8.ts";

/**
 * The largest policy or message file read, in bytes (1 MiB). A real policy is a few kilobytes and a message file
 * of 1,000 recipients about 50 KB; a bigger file is a mistake (a log or an export picked by accident), and its
 * lists would make the add-in's send-time script too big to load quickly.
 */
export const MAX_JSON_FILE_BYTES = 1024 * 1024;

const READ_PROBLEMS: Record<string, string> = {
  ENOENT: "no such file",
  EISDIR: "it is a directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
};

/** A key written twice in one object: JSON.parse would silently keep the last one. */
export interface DuplicateKey {
  /** The JSON path of the second (or later) occurrence, as in policy problems: `thresholds.warnAt`. */
  path: string;
  message: string;
  /** Where the repeated key starts in the text, to list problems in file order. */
  offset: number;
}

export interface JsonDocument {
  value: unknown;
  /** The text as parsed (byte-order mark removed), for positions of JSON paths. */
  text: string;
  /** In file order; empty when every key is written once. */
  duplicates: DuplicateKey[];
}

/**
 * Reads and parses a JSON file that must be UTF-8 (a byte-order mark is fine) and at most `MAX_JSON_FILE_BYTES`.
 * Any failure to read or parse is a `CliError` naming the file and the problem in one line; duplicate keys are
 * returned, so that a policy check lists them among the policy's other problems.
 */
export async function readJsonDocument(file: string): Promise<JsonDocument> {
  let bytes: Buffer;
  try {
    const { size } = await stat(file);
    if (size > MAX_JSON_FILE_BYTES)
      throw new CliError([
        `bcc-guard: ${file} is too big: ${size.toLocaleString("en")} bytes, the limit is ${MAX_JSON_FILE_BYTES.toLocaleString("en")} (1 MiB)`,
      ]);
    bytes = await readFile(file);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const { code, message } = error as NodeJS.ErrnoException;
    throw new CliError([`bcc-guard: cannot read ${file}: ${READ_PROBLEMS[code ?? ""] ?? message}`]);
  }
  const invalid = firstInvalidUtf8Byte(bytes);
  if (invalid !== undefined) {
    // Never shown decoded: "Soci\xe9t\xe9" read as UTF-8 would print mojibake and hide what is wrong.
    const { line, column } = lineAndColumn(bytes.subarray(0, invalid).toString("utf8"));
    const byte = bytes[invalid]!.toString(16).toUpperCase().padStart(2, "0");
    throw new CliError([
      `bcc-guard: ${file} is not UTF-8 text: byte 0x${byte} at line ${line}, column ${column} is not valid UTF-8 ` +
        `(a Latin-1 or Windows-1252 file?). Save it as UTF-8.`,
    ]);
  }
  // Windows editors often save a byte-order mark, which JSON.parse rejects.
  const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError([`bcc-guard: ${file} is not valid JSON: ${describeParseError(error as Error, text)}`]);
  }
  // jsonc-parser reads recursively: a file nested thousands deep would overflow the stack. No policy or message
  // nests more than a few levels, so such a file is refused by its schema anyway; its duplicates don't matter.
  return { value, text, duplicates: nestingDepth(text) <= MAX_ANALYSED_DEPTH ? duplicateKeys(text) : [] };
}

/** Deeper than any policy or message file nests; see readJsonDocument. */
export const MAX_ANALYSED_DEPTH = 64;

/** How deep arrays and objects nest in a JSON text (strings skipped). */
export function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "[" || c === "{") max = Math.max(max, ++depth);
    else if (c === "]" || c === "}") depth--;
  }
  return max;
}

/** Reads a JSON file for which a duplicate key is bad input like a syntax error (message files). */
export async function readJsonFile(file: string): Promise<unknown> {
  const { value, duplicates } = await readJsonDocument(file);
  if (duplicates.length > 0)
    throw new CliError(duplicates.map((duplicate) => `bcc-guard: ${file}: ${duplicate.path}: ${duplicate.message}`));
  return value;
}

function duplicateKeys(text: string): DuplicateKey[] {
  const duplicates: DuplicateKey[] = [];
  // One map per open object: key → line of its first occurrence.
  const open: Map<string, number>[] = [];
  visit(text, {
    onObjectBegin: () => {
      open.push(new Map());
    },
    onObjectEnd: () => {
      open.pop();
    },
    onObjectProperty: (key, offset, _length, startLine, _startCharacter, pathSupplier) => {
      const seen = open.at(-1);
      if (!seen) return;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, startLine + 1);
      else
        duplicates.push({
          path: formatPath([...pathSupplier(), key]),
          message: `duplicate key (first on line ${first}); JSON would keep only the last one, so write it once`,
          offset,
        });
    },
  });
  return duplicates;
}

function lineAndColumn(before: string): { line: number; column: number } {
  const lines = before.split("\n");
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** The parser's own message on one line, with the line and column that editors show added to its position. */
function describeParseError(error: Error, json: string): string {
  const message = error.message.replace(/\s+/g, " ").trim();
  const position = /at position (\d+)/.exec(message);
  if (!position || /\bline\b/.test(message)) return message;
  const { line, column } = lineAndColumn(json.slice(0, Number(position[1])));
  return `${message} (line ${line}, column ${column})`;
}
