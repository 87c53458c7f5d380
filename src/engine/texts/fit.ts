/**
 * The first candidate no longer than `limit` UTF-16 units. Callers list candidates from the most to the least
 * informative and end with one that fits whatever the counts (the tests hold every caller to that); should
 * none fit, the last is returned.
 */
export function firstThatFits(candidates: Iterable<string>, limit: number): string {
  let last = "";
  for (const candidate of candidates) {
    if (candidate.length <= limit) return candidate;
    last = candidate;
  }
  return last;
}
