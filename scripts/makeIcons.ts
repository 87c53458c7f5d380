// Rasterises assets/icon.svg into the PNG sizes the manifest names (16, 32, 64, 80, 128), with Chromium.
// Run after changing the SVG: `npx tsx scripts/makeIcons.ts`. The PNGs are committed.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import { launchChromium } from "../test/browser/launchChromium.ts";

const root = resolve(import.meta.dirname, "..");
const svg = readFileSync(resolve(root, "assets/icon.svg"), "utf8");
const browser = await launchChromium();
const page = await browser.newPage();
for (const size of [16, 32, 64, 80, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  await page.screenshot({ path: resolve(root, `assets/icon-${size}.png`), omitBackground: true });
}
await browser.close();
console.log("Wrote assets/icon-{16,32,64,80,128}.png");
