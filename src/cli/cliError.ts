/**
 * The CLI's exit codes, which scripts and CI pipelines rely on.
 * `invalidPolicy` is only for `policy check`: there an invalid policy is the answer, not a usage mistake.
 * `someUnreadable` is only for `audit`: the report is complete for what could be read, and says what could not.
 */
export const EXIT = { ok: 0, invalidPolicy: 1, someUnreadable: 1, badInput: 2, internal: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure the user can fix. `lines` are printed on stderr as they are, one per problem, never with a stack. */
export class CliError extends Error {
  readonly lines: readonly string[];
  readonly exitCode: ExitCode;

  constructor(lines: readonly string[], exitCode: ExitCode = EXIT.badInput) {
    super(lines.join("\n"));
    this.name = "CliError";
    this.lines = lines;
    this.exitCode = exitCode;
  }
}

/** One line per problem, `FILE: path: message`, the shape editors and grep understand. */
export function problemLines(file: string, problems: readonly { path: string; message: string }[]): string[] {
  return problems.map((problem) => `${file}: ${problem.path}: ${problem.message}`);
}
