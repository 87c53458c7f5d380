import { ADDIN_PREFIX, FAKE_ADDIN_PREFIX } from "../server/servedPaths.ts";

/** Which Office.js the add-in's frames run: Microsoft's (the default) or the simulator's fake. */
export type OfficeMode = "real" | "fake";

/** `?office=fake` picks the simulator's fake Office.js; anything else, Microsoft's. */
export function officeModeFrom(search: string): OfficeMode {
  return new URLSearchParams(search).get("office") === "fake" ? "fake" : "real";
}

/**
 * The folder the event runtime and task pane are loaded from, from the page's `?addin=` option; by default
 * the server's pages for `mode`. The browser tests pass `?addin=/` to load the shipped pages byte for byte and
 * answer Microsoft's Office.js URLs themselves. Only a path on this origin is accepted, so the option cannot
 * pull in another site.
 */
export function addinBaseFrom(search: string, mode: OfficeMode): string {
  const requested = new URLSearchParams(search).get("addin");
  if (requested === null || !/^\/(?!\/)[A-Za-z0-9._~/-]*$/.test(requested) || requested.includes("..")) {
    return mode === "fake" ? FAKE_ADDIN_PREFIX : ADDIN_PREFIX;
  }
  return requested.endsWith("/") ? requested : `${requested}/`;
}
