/**
 * PowerShell string literals that mean exactly the text given, whatever it holds.
 *
 * Printable ASCII goes inside single quotes, where PowerShell expands nothing (`$(...)`, backticks and double
 * quotes are plain text) and a quote is written twice. Every other character is written as `[char]0xNNNN`
 * and joined with `+`: PowerShell also ends a single-quoted string at the typographic quotes ‘ ’ ‚ ‛, so
 * spelling them out (with any other non-ASCII text) keeps them from ever meeting the parser, and keeps the
 * script plain ASCII, which Windows PowerShell 5.1 reads correctly from a file saved without a byte order mark.
 * Control characters and line breaks are refused: no value this tool writes needs one, and a line break is
 * the one thing that could end a `#` comment or a statement.
 */

/** A value that cannot be written into the script, with the reason shown to the admin. */
export class PowerShellValueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PowerShellValueError";
  }
}

// C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
const FORBIDDEN = /[\p{Cc}\u2028\u2029]/u;
const PRINTABLE_ASCII = /^[\u0020-\u007e]$/u;

/** `'text'`, or `('run' + [char]0x00E9 + 'run')` (always starting with a string) when the text holds anything but printable ASCII. */
export function powershellString(value: string): string {
  const forbidden = FORBIDDEN.exec(value);
  if (forbidden !== null) {
    const code = forbidden[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0") ?? "";
    throw new PowerShellValueError(`contains the control character U+${code}, which a PowerShell value cannot hold`);
  }
  const parts: string[] = [];
  let run = "";
  // Code units, not code points: a PowerShell string is UTF-16, so a surrogate pair is two [char]s.
  for (let index = 0; index < value.length; index += 1) {
    const unit = value.charAt(index);
    if (PRINTABLE_ASCII.test(unit)) {
      run += unit === "'" ? "''" : unit;
      continue;
    }
    if (run !== "") parts.push(`'${run}'`);
    run = "";
    parts.push(`[char]0x${value.charCodeAt(index).toString(16).toUpperCase().padStart(4, "0")}`);
  }
  if (run !== "" || parts.length === 0) parts.push(`'${run}'`);
  if (parts.length === 1) return parts[0]!;
  // A leading string makes every `+` a concatenation: `[char] + [char]` would add the two numbers.
  if (!parts[0]!.startsWith("'")) parts.unshift("''");
  return `(${parts.join(" + ")})`;
}

/** `@('a', 'b')`: an array of strings, for parameters such as `-HeaderMatchesPatterns`. */
export function powershellArray(values: readonly string[]): string {
  return `@(${values.map(powershellString).join(", ")})`;
}
