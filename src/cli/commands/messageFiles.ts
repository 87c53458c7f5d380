import { CliError, EXIT } from "../cliError.ts";
import type { Io } from "../io.ts";

/**
 * Runs one command over several message files, in order. One file prints its result as before (indented JSON);
 * several print one JSON line per file, `{"file": ..., ...result}`, so that an admin can check a folder of
 * examples in one run and a script can read the lines. A file that fails prints its error on stderr (naming
 * the file) and the others are still printed; the exit code then says bad input.
 */
export async function forEachMessageFile(
  files: readonly string[],
  io: Io,
  result: (file: string) => Promise<object>,
): Promise<void> {
  if (files.length === 1) {
    io.stdout(`${JSON.stringify(await result(files[0] ?? ""), null, 2)}\n`);
    return;
  }
  let failed = false;
  for (const file of files) {
    try {
      io.stdout(`${JSON.stringify({ file, ...(await result(file)) })}\n`);
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      failed = true;
      for (const line of error.lines) io.stderr(`${line}\n`);
    }
  }
  if (failed)
    throw new CliError([`bcc-guard: some of the ${files.length} message files could not be read`], EXIT.badInput);
}
