// A name can end the sentence ("Including: Ann Smith, J. R…"): a full stop after it would double up.
const ENDS_SENTENCE = /[.…!?。！？]$/u;

/** Ends a sentence with `stop` unless it already ends with sentence punctuation. */
export function closeSentence(text: string, stop: string): string {
  return ENDS_SENTENCE.test(text) ? text : text + stop;
}

/** "A, B and C" with the language's word for "and" (`lastGlue` is placed between the last two). */
export function listWith(items: readonly string[], glue: string, lastGlue: string): string {
  if (items.length <= 1) return items.join("");
  return items.slice(0, -1).join(glue) + lastGlue + items[items.length - 1];
}
