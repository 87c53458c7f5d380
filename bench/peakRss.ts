import { readFileSync } from "node:fs";

/**
 * This process's peak resident memory, in bytes. On Linux it is `VmHWM` from /proc/self/status, the high-water
 * mark of this program's own memory: `process.resourceUsage().maxRSS` would not do in a child process, since
 * Linux carries the parent's resident size at the fork over into the child's maxRSS (a bench parent holding
 * 500 MB made a 180 MB audit read 577 MB). Elsewhere maxRSS is the only figure there is.
 */
export function peakRssBytes(): number {
  try {
    const match = /^VmHWM:\s*(\d+)\s*kB$/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (match?.[1] !== undefined) return Number(match[1]) * 1024;
  } catch {
    // Not Linux: fall back to maxRSS below.
  }
  // maxRSS is in kilobytes.
  return process.resourceUsage().maxRSS * 1024;
}
