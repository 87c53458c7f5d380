/**
 * The Office global, read when used and never at import time: in classic Outlook's event runtime the
 * script is evaluated before Office is ready, and tests swap in a fake per test.
 */
export function getOffice(): typeof Office {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office) throw new Error("Office.js is not loaded");
  return office;
}
