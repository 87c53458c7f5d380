import { basename, dirname, resolve } from "node:path";

import react from "@vitejs/plugin-react";
import { build } from "vite";

import { FAKE_OFFICE_PATH, SIMULATOR_ASSETS_DIR } from "./outputLayout.ts";

const simulatorRoot = resolve(import.meta.dirname, "..");

/**
 * Builds the simulator into `outDir` (never dist/, which is what admins deploy): simulator.html with its
 * assets, and the fake Office.js as one classic script for the add-in's frames.
 */
export async function buildSimulator(options: { outDir: string }): Promise<void> {
  const { outDir } = options;
  await build({
    configFile: false,
    root: simulatorRoot,
    base: "/",
    publicDir: false,
    logLevel: "warn",
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      target: "es2022",
      assetsDir: SIMULATOR_ASSETS_DIR,
      modulePreload: { polyfill: false },
      // One page for developers, never shipped: its size does not matter.
      chunkSizeWarningLimit: 4000,
      rolldownOptions: { input: { simulator: resolve(simulatorRoot, "simulator.html") } },
    },
  });
  await build({
    configFile: false,
    publicDir: false,
    logLevel: "warn",
    build: {
      outDir: resolve(outDir, dirname(FAKE_OFFICE_PATH)),
      emptyOutDir: false,
      target: "es2020",
      minify: false,
      copyPublicDir: false,
      lib: {
        entry: resolve(simulatorRoot, "fakeOfficeScript.ts"),
        formats: ["iife"],
        name: "BccGuardFakeOffice",
        fileName: () => basename(FAKE_OFFICE_PATH),
      },
    },
  });
}
