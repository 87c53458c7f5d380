import { escapeMarkdown, MARKDOWN_NEW_LINE, strong } from "./markdown.ts";

/** How one alert is written out: as plain text or as Outlook's Markdown. The words are the same. */
export interface TextStyle {
  /** Outside or admin text (names, the organisation), made inert. */
  literal(text: string): string;
  /** Emphasis on a count ("**312 people**"); nothing in plain text. */
  emphasis(text: string): string;
  /** Between paragraphs. */
  newLine: string;
}

export const PLAIN: TextStyle = {
  literal: (text) => text,
  emphasis: (text) => text,
  newLine: "\n",
};

export const MARKDOWN: TextStyle = {
  literal: escapeMarkdown,
  emphasis: strong,
  newLine: MARKDOWN_NEW_LINE,
};
