import { resolve } from "node:path";

import { defineConfig } from "vite";

import { packedProviderDomainsPlugin } from "./scripts/packedProviderDomainsPlugin.ts";

/**
 * The event runtime's bundle: ONE classic script. Classic Outlook on Windows loads the manifest's JavaScript
 * file by itself, with no module loader, so no import/export and no chunks; es2016 is the level its runtime
 * documents (async/await are lowered to generators).
 */
export default defineConfig({
  publicDir: false,
  logLevel: "warn",
  plugins: [packedProviderDomainsPlugin()],
  build: {
    outDir: "dist",
    emptyOutDir: false,
    target: "es2016",
    minify: true,
    sourcemap: false,
    copyPublicDir: false,
    lib: {
      entry: resolve(import.meta.dirname, "src/events/main.ts"),
      formats: ["iife"],
      name: "BccGuardEvents",
      fileName: () => "events.js",
    },
  },
});
