// Outlook's Smart Alert Markdown is a small subset: bold and italic, bullet and numbered lists (items end with
// "\r"), https links, and "\n\n" for a new line. We emit only bold and new lines, and escape everything else.

// Every character that starts or ends Markdown structure, plus "&", which could spell a character reference
// such as "&#x202E;" and smuggle back a bidi override that sanitising removed.
const SIGNIFICANT = /[\\`*_{}[\]()#+\-.!|<>~&]/g;

/** Text that Markdown shows exactly as written: a name cannot become a link, bold, a list or a heading. */
export function escapeMarkdown(text: string): string {
  return text.replace(SIGNIFICANT, (character) => `\\${character}`);
}

/** Bold. The caller passes our own words and numbers only, never outside text. */
export function strong(text: string): string {
  return `**${text}**`;
}

/** Starts a new line in the alert. */
export const MARKDOWN_NEW_LINE = "\n\n";
