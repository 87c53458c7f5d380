// What every text BCC Guard hands to Outlook must satisfy, whatever the recipients' display names hold.
import { LIMITS } from "../../src/engine/texts/limits.ts";

/** Ways a text could carry a link: a web address, a Markdown link, an autolink. */
const LINK = /:\/\/|\bwww\.|\]\(|<\s*https?:/i;
// Everything Outlook would not print as a visible character, apart from the line breaks the alerts use on purpose:
// control characters, bidi and zero-width format characters, lone surrogates, line and paragraph separators.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;

/** Problems with a plain text (alert `errorMessage` or infobar `message`) of at most `limit` characters. */
export function plainTextProblems(text: unknown, limit: number): string[] {
  if (typeof text !== "string" || text.trim() === "") return ["missing or empty"];
  const problems: string[] = [];
  if (text.length > limit) problems.push(`${text.length} characters, over ${limit}`);
  if (LINK.test(text)) problems.push(`link-like: ${JSON.stringify(LINK.exec(text)?.[0])}`);
  const invisible = INVISIBLE.exec(text.replace(/\n/g, ""));
  if (invisible) problems.push(`invisible character U+${invisible[0].codePointAt(0)?.toString(16).toUpperCase()}`);
  return problems;
}

/**
 * Problems with `errorMessageMarkdown`: the plain-text rules for what the reader sees, and no Markdown or HTML
 * that would take effect. Escaped characters (`\x`) are inert; the only structure allowed is bold on our own
 * counts ("**12 people**").
 */
export function markdownProblems(markdown: unknown): string[] {
  if (typeof markdown !== "string") return ["missing"];
  const seen = markdown
    .replace(/\\([\s\S])/g, "$1")
    .replace(/\*\*/g, "")
    .replace(/\n\n/g, "\n");
  const problems = plainTextProblems(seen, LIMITS.errorMessageMarkdown);
  if (markdown.length > LIMITS.errorMessageMarkdown) problems.push(`${markdown.length} characters, over 500`);
  const live = markdown.replace(/\\[\s\S]/g, "").replace(/\*\*[^*\n]*\d[^*\n]*\*\*/g, "");
  const markup = live.match(/[[\]()<>*_`~|&\\]/g);
  if (markup) problems.push(`unescaped markup: ${JSON.stringify([...new Set(markup)].join(""))}`);
  for (const line of live.split("\n")) {
    if (/^\s*(#|>|[-*+]\s|\d+[.)]\s)/.test(line)) problems.push(`line starts a heading, quote or list: ${line}`);
  }
  return problems;
}

/** Problems with the options a send handler gave `event.completed`. */
export function smartAlertProblems(options: Record<string, unknown> | undefined): string[] {
  if (!options) return ["event.completed had no options"];
  if (options.allowEvent === true) return [];
  const cancelLabel = options.cancelLabel;
  return [
    ...plainTextProblems(options.errorMessage, LIMITS.errorMessage).map((p) => `errorMessage: ${p}`),
    ...markdownProblems(options.errorMessageMarkdown).map((p) => `errorMessageMarkdown: ${p}`),
    // An alert with no custom button (Move to Bcc could not work) has neither label nor command.
    ...(cancelLabel === undefined && options.commandId === undefined
      ? []
      : plainTextProblems(cancelLabel, LIMITS.cancelLabel).map((p) => `cancelLabel: ${p}`)),
  ];
}
