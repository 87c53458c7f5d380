/*
 * The Markdown subset Outlook renders in a Smart Alert's `errorMessageMarkdown`: bold and italic (`*`, `_`),
 * bullet lists ("- " or "* ") and numbered lists ("1. ") whose items end with "\r", "\n\n" for a new line,
 * backslash escapes and https links. It is parsed into a tree of plain data, never into HTML, so the page
 * can build DOM nodes from it and nothing the add-in writes can become markup.
 */

export type AlertInline =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "strong" | "emphasis"; readonly children: readonly AlertInline[] }
  /** Only https links; anything else stays text. */
  | { readonly kind: "link"; readonly href: string; readonly children: readonly AlertInline[] };

export type AlertBlock =
  | { readonly kind: "paragraph"; readonly content: readonly AlertInline[] }
  | { readonly kind: "bullets" | "numbers"; readonly items: readonly (readonly AlertInline[])[] };

/** Reads Outlook's Markdown into blocks. Anything the subset does not know is shown as written. */
export function parseAlertMarkdown(markdown: string): AlertBlock[] {
  const blocks: AlertBlock[] = [];
  for (const segment of splitSegments(markdown)) {
    const bullet = /^[-*] +/.exec(segment);
    const number = /^\d+\. +/.exec(segment);
    const list = bullet ? "bullets" : number ? "numbers" : null;
    if (list === null) {
      if (segment.trim() !== "") blocks.push({ kind: "paragraph", content: parseInline(segment.trim()) });
      continue;
    }
    const content = parseInline(segment.slice((bullet ?? number)?.[0].length ?? 0).trim());
    const last = blocks[blocks.length - 1];
    if (last && last.kind === list) blocks[blocks.length - 1] = { kind: list, items: [...last.items, content] };
    else blocks.push({ kind: list, items: [content] });
  }
  return blocks;
}

/** The words a reader sees, one block or list item per line. */
export function alertPlainText(blocks: readonly AlertBlock[]): string {
  return blocks
    .flatMap((block) =>
      block.kind === "paragraph"
        ? [inlineText(block.content)]
        : block.items.map((item, i) => `${block.kind === "bullets" ? "•" : `${i + 1}.`} ${inlineText(item)}`),
    )
    .join("\n");
}

function inlineText(content: readonly AlertInline[]): string {
  return content.map((node) => (node.kind === "text" ? node.text : inlineText(node.children))).join("");
}

/** "\n\n" ends a paragraph and "\r" ends a list item; both start a new segment. */
function splitSegments(markdown: string): string[] {
  return markdown.split(/\n\n|\r\n?/).map((segment) => segment.replace(/\n/g, " "));
}

function parseInline(source: string): AlertInline[] {
  const nodes: AlertInline[] = [];
  let text = "";
  const flush = () => {
    if (text !== "") nodes.push({ kind: "text", text });
    text = "";
  };
  let i = 0;
  while (i < source.length) {
    const character = source[i] ?? "";
    if (character === "\\" && i + 1 < source.length) {
      text += source[i + 1];
      i += 2;
      continue;
    }
    if (character === "[") {
      const link = readLink(source, i);
      if (link?.href === null) {
        text += source.slice(i, link.end);
        i = link.end;
        continue;
      }
      if (link) {
        flush();
        nodes.push({ kind: "link", href: link.href, children: parseInline(link.label) });
        i = link.end;
        continue;
      }
    }
    if (character === "*" || character === "_") {
      const run = runLength(source, i, character);
      const close = findClosingRun(source, i + run, character, run);
      if (close > i + run) {
        flush();
        const inner = parseInline(source.slice(i + run, close));
        nodes.push(emphasis(run, inner));
        i = close + run;
        continue;
      }
      text += source.slice(i, i + run);
      i += run;
      continue;
    }
    text += character;
    i += 1;
  }
  flush();
  return nodes;
}

function emphasis(run: number, inner: AlertInline[]): AlertInline {
  if (run === 1) return { kind: "emphasis", children: inner };
  if (run === 2) return { kind: "strong", children: inner };
  return { kind: "strong", children: [{ kind: "emphasis", children: inner }] };
}

function runLength(source: string, start: number, character: string): number {
  let end = start;
  while (source[end] === character && end - start < 3) end += 1;
  return end - start;
}

/** The index of the next unescaped run of exactly `length` markers, or -1. */
function findClosingRun(source: string, from: number, character: string, length: number): number {
  for (let i = from; i < source.length; i++) {
    if (source[i] === "\\") {
      i += 1;
      continue;
    }
    if (source[i] !== character) continue;
    const run = runLength(source, i, character);
    if (run === length) return i;
    i += run - 1;
  }
  return -1;
}

/**
 * `[label](url)` starting at `start`. `href` is the URL when it is https, and null when it is anything else
 * (the whole thing then stays literal text, as Outlook will not link it).
 */
function readLink(source: string, start: number): { label: string; href: string | null; end: number } | null {
  let depth = 0;
  let i = start;
  for (; i < source.length; i++) {
    if (source[i] === "\\") {
      i += 1;
      continue;
    }
    if (source[i] === "[") depth += 1;
    if (source[i] === "]") depth -= 1;
    if (depth === 0) break;
  }
  if (source[i] !== "]" || source[i + 1] !== "(") return null;
  const close = source.indexOf(")", i + 2);
  if (close < 0) return null;
  const label = source.slice(start + 1, i);
  const url = source.slice(i + 2, close).trim();
  return { label, href: isHttpsUrl(url) ? url : null, end: close + 1 };
}

function isHttpsUrl(url: string): boolean {
  try {
    return new URL(url).protocol === "https:";
  } catch {
    return false;
  }
}
