import type { HostRecipient } from "../host/index.ts";

/** A recipient as the automation API and presets accept it: `"a@b.com"`, `"Name <a@b.com>"` or an object. */
export type RecipientSpec = string | { readonly emailAddress: string; readonly displayName?: string };

/**
 * Reads one recipient the way Outlook resolves what was typed: `Name <address>` keeps the name, a bare address
 * is its own display name, and a pasted "Name<TAB>address" row from a spreadsheet finds the word with the "@".
 * Text with no address at all (a contact group's name) is kept as it is, for the add-in to find unresolved.
 */
export function parseRecipient(spec: RecipientSpec): HostRecipient | null {
  if (typeof spec !== "string") {
    const emailAddress = spec.emailAddress.trim();
    if (emailAddress === "") return null;
    const displayName = spec.displayName?.trim() || emailAddress;
    return { emailAddress, displayName };
  }
  const text = spec.replace(/\s+/g, " ").trim();
  if (text === "") return null;
  const angled = /^(.*?)<([^<>]*)>\s*$/.exec(text);
  if (angled) {
    const emailAddress = (angled[2] ?? "").trim();
    const name = unquote((angled[1] ?? "").trim());
    if (emailAddress === "") return name === "" ? null : { emailAddress: name, displayName: name };
    return { emailAddress, displayName: name || emailAddress };
  }
  const words = text.split(" ");
  const addressIndex = words.findIndex((word) => word.includes("@"));
  if (words.length > 1 && addressIndex >= 0) {
    const emailAddress = words[addressIndex] ?? "";
    const name = unquote(words.filter((_, i) => i !== addressIndex).join(" "));
    return { emailAddress, displayName: name || emailAddress };
  }
  const single = unquote(text);
  return { emailAddress: single, displayName: single };
}

/**
 * Splits a typed or pasted list: semicolons and line breaks always separate, a comma only once the entry
 * before it holds an address, so "Smith, Jane <jane@fabrikam.com>" stays one person.
 */
export function parseRecipientList(text: string): HostRecipient[] {
  const entries: string[] = [];
  let current = "";
  let inQuotes = false;
  let inAngle = false;
  for (const character of text) {
    if (character === '"' && !inAngle) inQuotes = !inQuotes;
    else if (character === "<" && !inQuotes) inAngle = true;
    else if (character === ">" && !inQuotes) inAngle = false;
    const separates =
      !inQuotes &&
      !inAngle &&
      (character === ";" || character === "\n" || character === "\r" || (character === "," && current.includes("@")));
    if (separates) {
      entries.push(current);
      current = "";
    } else {
      current += character;
    }
  }
  entries.push(current);
  return entries.map((entry) => parseRecipient(entry)).filter((entry): entry is HostRecipient => entry !== null);
}

/** The text a recipient field shows: `Name <address>` entries separated by "; ". */
export function formatRecipientList(recipients: readonly HostRecipient[]): string {
  return recipients.map(formatRecipient).join("; ");
}

function formatRecipient(recipient: HostRecipient): string {
  const { emailAddress, displayName } = recipient;
  if (!displayName || displayName === emailAddress || !emailAddress.includes("@")) return emailAddress;
  // A name that holds a separator must be quoted, or reading the text back would split the person in two.
  const name = /[;,<>"]/.test(displayName) ? `"${displayName.replace(/"/g, "'")}"` : displayName;
  return `${name} <${emailAddress}>`;
}

function unquote(text: string): string {
  return text.length >= 2 && text.startsWith('"') && text.endsWith('"') ? text.slice(1, -1).trim() : text;
}
