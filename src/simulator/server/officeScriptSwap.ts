/** The one script URL both add-in pages load from Microsoft's CDN. */
export const OFFICE_JS_CDN_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * An add-in page as the simulator serves it under /addin-fake/: the same bytes except the Office.js script
 * URL, which points at the fake (same origin, so the page's Content Security Policy, 'self', still allows it).
 */
export function swapOfficeScript(html: string, fakeOfficeUrl: string): string {
  return html.split(OFFICE_JS_CDN_URL).join(fakeOfficeUrl);
}

/**
 * An add-in page as the simulator serves it under /addin/, for Microsoft's Office.js served on this origin:
 * the Office.js script tag loads `officeJsUrl` instead of the CDN's URL, and a script tag for `msAjaxUrl` is
 * put right before it. A browser cannot be pointed at a local copy of Microsoft's CDN, and Office.js fetches
 * MicrosoftAjax.js from another CDN unless the page loaded it first; offline that fetch fails and Office.js
 * stops. Every other byte is as built.
 */
export function pointOfficeScriptAtLocal(html: string, officeJsUrl: string, msAjaxUrl: string): string {
  const tag = new RegExp(`<script\\b[^>]*\\bsrc="${escapeRegExp(OFFICE_JS_CDN_URL)}"[^>]*>`, "g");
  return html.replace(
    tag,
    (found) => `<script src="${msAjaxUrl}"></script>${found.split(OFFICE_JS_CDN_URL).join(officeJsUrl)}`,
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
