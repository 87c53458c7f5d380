import cliProgress from "cli-progress";

/** What the audit tells about its progress; the terminal bar or nothing. */
export interface Progress {
  advance(bytes: number, messages: number): void;
  stop(): void;
}

const NONE: Progress = { advance: () => undefined, stop: () => undefined };
// Redrawing more often than this costs time and shows nothing a person can read.
const REDRAW_MS = 200;

/**
 * A bar over the bytes of all the files (the one measure known before reading: a message count is not),
 * drawn on `stream` when there is one (a terminal), else nothing at all.
 */
export function createProgress(stream: NodeJS.WritableStream | undefined, totalBytes: number): Progress {
  if (stream === undefined) return NONE;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: "reading mail [{bar}] {percentage}% | {messages} messages | {eta_formatted} left",
      hideCursor: true,
      clearOnComplete: true,
      fps: 1000 / REDRAW_MS,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(Math.max(totalBytes, 1), 0, { messages: 0 });
  let done = 0;
  return {
    advance(bytes, messages) {
      done += bytes;
      bar.update(Math.min(done, totalBytes), { messages: messages.toLocaleString("en") });
    },
    stop() {
      bar.stop();
    },
  };
}
