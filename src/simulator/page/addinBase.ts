/** Where the frames load the add-in by default: the pages with Office.js pointed at the simulator's fake. */
export const DEFAULT_ADDIN_BASE = "/addin/";

/**
 * The folder the event runtime and task pane are loaded from, from the page's `?addin=` option. The browser
 * tests pass `?addin=/` to load the shipped pages byte for byte and answer Microsoft's Office.js URL
 * themselves. Only a path on this origin is accepted, so the option cannot pull in another site.
 */
export function addinBaseFrom(search: string): string {
  const requested = new URLSearchParams(search).get("addin");
  if (requested === null || !/^\/(?!\/)[A-Za-z0-9._~/-]*$/.test(requested) || requested.includes("..")) {
    return DEFAULT_ADDIN_BASE;
  }
  return requested.endsWith("/") ? requested : `${requested}/`;
}
