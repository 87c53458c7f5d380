// npm run screenshots
// Builds the add-in (default policy) and the simulator (or reuses the browser tests' build of the same sources),
// drives the simulator in headless Chromium and writes the README's pictures: docs/images/blocked-dialog.png,
// taskpane-before.png and taskpane-after.png. The add-in pages load exactly as built and run Microsoft's
// Office.js (1.1.110 from node_modules, answered at its CDN URL); nothing leaves the machine.
import { mkdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";

import { Command } from "commander";

import { startSimulator } from "../test/browser/simulatorFixture.ts";

new Command("npm run screenshots --")
  .description("Rebuild the README's pictures in docs/images/ from the simulator in headless Chromium.")
  .helpOption("-h, --help", "show this help")
  .parse(process.argv.slice(2), { from: "user" });

const root = resolve(import.meta.dirname, "..");
const imagesDir = resolve(root, "docs/images");

console.log("Building the add-in and the simulator…");
const harness = await startSimulator();
try {
  const session = await harness.open();
  const { page } = session;
  mkdirSync(imagesDir, { recursive: true });
  const shoot = async (name: string) => {
    // Let Fluent's transitions finish so the picture shows the settled page.
    await page.waitForTimeout(600);
    const path = join(imagesDir, name);
    await page.screenshot({ path });
    console.log(`  ${relative(process.cwd(), path)}`);
  };

  await page.getByRole("button", { name: "300 customers in To" }).click();
  await page.evaluate(() => window.simulator.whenIdle());
  await page.evaluate(() => window.simulator.send());
  await page.getByRole("alertdialog").waitFor();
  await shoot("blocked-dialog.png");

  await page.getByRole("alertdialog").getByRole("button", { name: "Don't Send" }).click();
  await page.getByRole("button", { name: "Review recipients" }).click();
  const pane = page.frameLocator('iframe[title="BCC Guard"]');
  await pane.getByRole("button", { name: "Move to Bcc" }).waitFor();
  await shoot("taskpane-before.png");

  await pane.getByRole("button", { name: "Move to Bcc" }).click();
  await pane.getByRole("button", { name: "Undo" }).waitFor();
  await page.evaluate(() => window.simulator.whenIdle());
  await shoot("taskpane-after.png");
  if (session.errors.length > 0) throw new Error(`The page reported errors:\n${session.errors.join("\n")}`);
  await session.close();
} finally {
  await harness.close();
}
