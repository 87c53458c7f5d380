import { fail, succeed, type HostResult } from "./outlookErrors.ts";

/**
 * Exchange Online's quota on the internet headers of one message (256 KB), measured here as the UTF-8 bytes
 * of every header written out as `Name: value` and a line break. On-premises Exchange sets its own.
 */
export const INTERNET_HEADER_QUOTA_BYTES = 256 * 1024;

interface Header {
  readonly name: string;
  readonly value: string;
}

/** The internet headers an add-in set on the message; names match ignoring case, as in mail. */
export class InternetHeaders {
  /** Keyed by the lower-cased name; the name as last written is kept. */
  #headers = new Map<string, Header>();

  /** The headers asked for that are set, under the name asked with; a name never set is left out, as Outlook does. */
  get(names: readonly string[]): Record<string, string> {
    const found: Record<string, string> = {};
    for (const name of names) {
      const header = this.#headers.get(name.toLowerCase());
      if (header !== undefined) found[name] = header.value;
    }
    return found;
  }

  /**
   * Sets headers, replacing any of the same name. Fails with 9042, setting nothing, when the message's
   * headers would pass `INTERNET_HEADER_QUOTA_BYTES`.
   */
  set(headers: Readonly<Record<string, string>>): HostResult<void> {
    const next = new Map(this.#headers);
    for (const [name, value] of Object.entries(headers)) next.set(name.toLowerCase(), { name, value });
    if (headerBytes(next.values()) > INTERNET_HEADER_QUOTA_BYTES) {
      return fail(
        "InternalServerError",
        `The message's internet headers would pass Exchange Online's quota of ${INTERNET_HEADER_QUOTA_BYTES} bytes.`,
      );
    }
    this.#headers = next;
    return succeed(undefined);
  }

  remove(names: readonly string[]): void {
    for (const name of names) this.#headers.delete(name.toLowerCase());
  }

  clear(): void {
    this.#headers = new Map();
  }

  /** Every header by the name it was last written with. */
  toRecord(): Record<string, string> {
    return Object.fromEntries([...this.#headers.values()].map(({ name, value }) => [name, value]));
  }
}

function headerBytes(headers: Iterable<Header>): number {
  let bytes = 0;
  for (const { name, value } of headers) bytes += utf8Length(`${name}: ${value}\r\n`);
  return bytes;
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
