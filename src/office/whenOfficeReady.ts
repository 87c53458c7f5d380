import { getOffice } from "./officeGlobal.ts";

/**
 * Resolves with the Office global once Office.js has initialised the task pane. Rejects when Office.js did not
 * load (the CDN was blocked, or the page was opened outside Outlook and nothing answers) so the pane can say so
 * instead of staying blank.
 * @param timeoutMs how long to wait for `Office.onReady`. @default 10000
 */
export async function whenOfficeReady(timeoutMs = 10_000): Promise<typeof Office> {
  const office = getOffice();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Office.js was not ready within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([office.onReady(), timeout]);
  } finally {
    clearTimeout(timer);
  }
  if (!office.context?.mailbox) throw new Error("This page runs inside Outlook only");
  return office;
}
