/** The one script URL both add-in pages load from Microsoft's CDN. */
export const OFFICE_JS_CDN_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * An add-in page as the simulator serves it under /addin/: the same bytes except the Office.js script URL,
 * which points at the fake (same origin, so the page's Content Security Policy, 'self', still allows it).
 */
export function swapOfficeScript(html: string, fakeOfficeUrl: string): string {
  return html.split(OFFICE_JS_CDN_URL).join(fakeOfficeUrl);
}
