// npm run check-host -- --base-url URL [--sums dist/SHA256SUMS]: downloads every file listed in SHA256SUMS from the
// host, as Outlook would (no sign-in), and compares it with the build. Read-only; nothing else is sent.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

import { Command } from "commander";

export interface HostCheck {
  file: string;
  ok: boolean;
  /** "matches", or what is wrong: an HTTP status, a network error, a different checksum. */
  detail: string;
}

/** Compares each `hash  path` line of a SHA256SUMS text with the file at `baseUrl` + path. */
export async function checkHost(baseUrl: string, sums: string, fetchFile = fetch): Promise<HostCheck[]> {
  const base = baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;
  const lines = sums.split("\n").filter((line) => line.trim() !== "");
  return Promise.all(
    lines.map(async (line): Promise<HostCheck> => {
      const [expected = "", file = ""] = line.split(/ [ *]/);
      try {
        const response = await fetchFile(new URL(file, base), { redirect: "error" });
        if (!response.ok) return { file, ok: false, detail: `HTTP ${response.status}` };
        const actual = createHash("sha256")
          .update(Buffer.from(await response.arrayBuffer()))
          .digest("hex");
        return actual === expected
          ? { file, ok: true, detail: "matches" }
          : { file, ok: false, detail: `differs from the build (sha256 ${actual})` };
      } catch (error) {
        return { file, ok: false, detail: String((error as Error).cause ?? (error as Error).message) };
      }
    }),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const options = new Command("npm run check-host --")
    .description("Check that the host serves exactly the files of a build (SHA256SUMS), without signing in.")
    .helpOption("-h, --help", "show this help")
    .requiredOption("--base-url <URL>", "where the files are hosted, e.g. https://addins.contoso.com/bcc-guard/")
    .option("--sums <FILE>", "the build's SHA256SUMS", "dist/SHA256SUMS")
    .parse(process.argv.slice(2), { from: "user" })
    .opts<{ baseUrl: string; sums: string }>();
  const results = await checkHost(options.baseUrl, readFileSync(options.sums, "utf8"));
  for (const result of results) console.log(`${result.ok ? "✓" : "✗"} ${result.file}: ${result.detail}`);
  const bad = results.filter((result) => !result.ok).length;
  console.log(bad === 0 ? `The host serves this build (${results.length} files).` : `${bad} file(s) do not match.`);
  process.exitCode = bad === 0 ? 0 : 1;
}
