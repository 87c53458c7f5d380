/** Timing figures of one measurement, in milliseconds. */
export interface Timing {
  /** Wall-clock time: what a user waits. */
  median: number;
  min: number;
  max: number;
  /**
   * CPU time of this process (all its threads, garbage collection included), median. It leaves out time spent
   * waiting (for timers, or for a CPU on a busy machine), so it is the closer measure of the code's own cost.
   */
  cpuMedian: number;
  runs: number;
}

/** Runs after the warm-up, so that the figures describe the JIT-compiled code Outlook would run after its first send. */
export const RUNS = 21;
export const WARM_UP = 5;

/**
 * Times `task` `runs` times after `warmUp` untimed runs and reports the median (robust to a garbage collection
 * or a busy neighbour landing on one run), with the fastest and slowest run for context.
 */
export async function timeRuns(
  task: () => unknown,
  { runs = RUNS, warmUp = WARM_UP }: { runs?: number; warmUp?: number } = {},
): Promise<Timing> {
  for (let i = 0; i < warmUp; i += 1) await task();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    await task();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return summarize(wall, cpu);
}

export function summarize(wall: readonly number[], cpu: readonly number[]): Timing {
  const sorted = [...wall].sort((a, b) => a - b);
  return {
    median: median(wall),
    min: sorted[0] ?? 0,
    max: sorted.at(-1) ?? 0,
    cpuMedian: median(cpu),
    runs: wall.length,
  };
}

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
