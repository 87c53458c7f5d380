// npm run screenshots
// Builds the add-in (default policy) and the simulator into a temporary folder, drives the simulator in headless
// Chromium and writes the README's pictures: docs/images/blocked-dialog.png, taskpane-before.png and
// taskpane-after.png. The add-in pages load exactly as built; only Microsoft's Office.js URL is answered with
// the simulator's fake, and nothing else leaves the machine.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";

import { DEFAULT_POLICY } from "../src/engine/index.ts";
import { buildSimulator } from "../src/simulator/build/buildSimulator.ts";
import { FAKE_OFFICE_PATH } from "../src/simulator/build/outputLayout.ts";
import type { SimulatorApi } from "../src/simulator/outlook/automationApi.ts";
import { OFFICE_JS_CDN_URL } from "../src/simulator/server/officeScriptSwap.ts";
import { createSimulatorServer } from "../src/simulator/server/simulatorServer.ts";
import { launchChromium } from "../test/browser/launchChromium.ts";

import { buildAddin } from "./buildAddin.ts";

type SimulatorWindow = Window & { simulator: SimulatorApi };

const root = resolve(import.meta.dirname, "..");
const imagesDir = resolve(root, "docs/images");
const work = mkdtempSync(join(tmpdir(), "bcc-guard-screenshots-"));

try {
  const distDir = join(work, "dist");
  const simulatorDir = join(work, "simulator");
  console.log("Building the add-in and the simulator…");
  await buildAddin({ policy: DEFAULT_POLICY, baseUrl: "https://localhost:3000/", version: "1.0.0.0", outDir: distDir });
  await buildSimulator({ outDir: simulatorDir });
  const fakeOfficeJs = readFileSync(join(simulatorDir, FAKE_OFFICE_PATH), "utf8");
  const server = await createSimulatorServer({ port: 0, distDir, simulatorDir, certDir: join(work, "certs") });
  const browser = await launchChromium();
  try {
    const origin = new URL(server.url).origin;
    const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 800 } });
    await context.route(
      (url) => url.origin !== origin,
      (route) =>
        route.request().url() === OFFICE_JS_CDN_URL
          ? route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: fakeOfficeJs })
          : route.abort("blockedbyclient"),
    );
    const page = await context.newPage();
    await page.goto(`${server.url}simulator.html?addin=/`);
    await page.waitForFunction(() => typeof (window as unknown as SimulatorWindow).simulator === "object");
    await page.evaluate(() => (window as unknown as SimulatorWindow).simulator.reset());

    mkdirSync(imagesDir, { recursive: true });
    const shoot = async (name: string) => {
      // Let Fluent's transitions finish so the picture shows the settled page.
      await page.waitForTimeout(600);
      const path = join(imagesDir, name);
      await page.screenshot({ path });
      console.log(`  ${relative(process.cwd(), path)}`);
    };

    await page.getByRole("button", { name: "300 customers in To" }).click();
    await page.evaluate(() => (window as unknown as SimulatorWindow).simulator.whenIdle());
    await page.evaluate(() => (window as unknown as SimulatorWindow).simulator.send());
    await page.getByRole("alertdialog").waitFor();
    await shoot("blocked-dialog.png");

    await page.getByRole("alertdialog").getByRole("button", { name: "Don't Send" }).click();
    await page.getByRole("button", { name: "Review recipients" }).click();
    const pane = page.frameLocator('iframe[title="BCC Guard"]');
    await pane.getByRole("button", { name: "Move to Bcc" }).waitFor();
    await shoot("taskpane-before.png");

    await pane.getByRole("button", { name: "Move to Bcc" }).click();
    await pane.getByRole("button", { name: "Undo" }).waitFor();
    await page.evaluate(() => (window as unknown as SimulatorWindow).simulator.whenIdle());
    await shoot("taskpane-after.png");
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
