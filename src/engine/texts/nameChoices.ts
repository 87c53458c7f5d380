import { truncate } from "./truncate.ts";

/** How short a name may get before it is dropped altogether. */
export const SHORT_NAME_LENGTH = 16;

/**
 * The example names to try, from the most to the least: all of them, then one fewer at a time, then the same
 * cut short, then none. Dropping a name loses less than cutting every name to an unrecognisable stub.
 */
export function* nameChoices(names: readonly string[]): Generator<readonly string[]> {
  for (let k = names.length; k >= 1; k -= 1) yield names.slice(0, k);
  for (let k = names.length; k >= 1; k -= 1) yield names.slice(0, k).map((name) => truncate(name, SHORT_NAME_LENGTH));
  yield [];
}
