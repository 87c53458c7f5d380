import { opendir, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";

export type MailFormat = "eml" | "msg" | "mbox" | "pst";

export interface MailFile {
  path: string;
  format: MailFormat;
  size: number;
}

export interface MailFileList {
  files: MailFile[];
  /** Given paths that are not mail files, with why (a folder's other files are only counted). */
  unreadable: { source: string; reason: string }[];
  /** Files inside the folders that are not mail (a folder export also holds indexes, attachments, …). */
  ignoredFiles: number;
}

const BY_EXTENSION: Record<string, MailFormat> = {
  ".eml": "eml",
  ".msg": "msg",
  ".mbox": "mbox",
  ".mbx": "mbox",
  ".pst": "pst",
  ".ost": "pst",
};

/** The format a file's name says, or `null`. Apple Mail and Thunderbird name mailbox files plainly `mbox`. */
export function formatOf(path: string): MailFormat | null {
  if (basename(path).toLowerCase() === "mbox") return "mbox";
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/**
 * The mail files under the given paths, folders searched recursively, in a stable order (sorted by name) so
 * two runs report the same way. Symbolic links to folders are not followed (they can loop).
 * Throws when a given path does not exist: that is a typo, not a finding.
 */
export async function listMailFiles(paths: readonly string[]): Promise<MailFileList> {
  const list: MailFileList = { files: [], unreadable: [], ignoredFiles: 0 };
  for (const path of paths) {
    const info = await stat(path);
    if (info.isDirectory()) await walk(path, list);
    else {
      const format = formatOf(path);
      if (format === null) {
        list.unreadable.push({
          source: path,
          reason: "not a mail file (expected .eml, .msg, .mbox, .pst or a folder)",
        });
      } else list.files.push({ path, format, size: info.size });
    }
  }
  return list;
}

async function walk(folder: string, list: MailFileList): Promise<void> {
  const entries: { name: string; directory: boolean; file: boolean; link: boolean }[] = [];
  for await (const entry of await opendir(folder)) {
    entries.push({
      name: entry.name,
      directory: entry.isDirectory(),
      file: entry.isFile(),
      link: entry.isSymbolicLink(),
    });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.directory) {
      await walk(path, list);
      continue;
    }
    const format = formatOf(path);
    if (format === null || !(entry.file || entry.link)) {
      list.ignoredFiles += 1;
      continue;
    }
    try {
      const info = await stat(path);
      if (info.isFile()) list.files.push({ path, format, size: info.size });
      else list.ignoredFiles += 1;
    } catch (error) {
      list.unreadable.push({ source: path, reason: `cannot open: ${(error as Error).message}` });
    }
  }
}
