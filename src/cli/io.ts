/** Receives text exactly as it should appear, newlines included. */
export type Writer = (text: string) => void;

/** Where a command writes. Injected so that commands run in tests without a process. */
export interface Io {
  stdout: Writer;
  stderr: Writer;
  /** A terminal to draw progress on (stderr when it is one); absent in pipes and tests: no progress shown. */
  progressStream?: NodeJS.WritableStream;
}
