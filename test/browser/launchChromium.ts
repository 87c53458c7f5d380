import { existsSync } from "node:fs";

import { chromium } from "playwright-core";
import type { Browser } from "playwright-core";

/** Debian's Chromium, or the one CHROME_PATH names. Playwright's own browser download is not used (no internet). */
export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(
    (p): p is string => Boolean(p),
  );
  const found = candidates.find((p) => existsSync(p));
  if (!found)
    throw new Error(
      "No Chromium found for the browser tests. Install Debian's package (apt-get install chromium) or set CHROME_PATH.",
    );
  return found;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}
