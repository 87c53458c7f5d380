/**
 * Characters a terminal acts on instead of showing: C0 controls but line feed and tab (ESC starts colour and
 * cursor sequences, CR overwrites the line, NUL hides the rest), DEL, C1 controls, the bidirectional marks and
 * overrides (U+202E shows "gpj.exe" for "exe.jpg"), and the line and paragraph separators.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text from a file as the CLI may print it: every unsafe character becomes a visible `\u202E`-style escape. The
 * four-digit form is also a JSON escape of the same character, so JSON output stays valid and means the same.
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
}
