import { resolve } from "node:path";

import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

import { packedProviderDomainsPlugin } from "./scripts/packedProviderDomainsPlugin.ts";

/**
 * The modules that hold the domain lists (see src/engine/registrableDomain.ts and personalDomains.ts); the
 * provider list is the packed module scripts/packedProviderDomainsPlugin.ts names after the package's file.
 */
const DOMAIN_DATA =
  /[\\/]node_modules[\\/](tldts-icann|email-providers)[\\/]|[\\/]src[\\/]engine[\\/]relayDomains\.ts$/;

/** The task pane page (React + Fluent UI). The events bundle has its own config: vite.events.config.ts. */
export default defineConfig({
  root: resolve(import.meta.dirname, "src/taskpane"),
  base: "./",
  publicDir: false,
  logLevel: "warn",
  plugins: [react(), packedProviderDomainsPlugin()],
  build: {
    outDir: resolve(import.meta.dirname, "dist"),
    emptyOutDir: false,
    target: "es2020",
    // No inline polyfill script: the page's Content Security Policy allows scripts from files only.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: { taskpane: resolve(import.meta.dirname, "src/taskpane/taskpane.html") },
      output: {
        // The domain data (Public Suffix List, provider and relay lists) in one chunk of its own: loaded in
        // parallel with the pane's code, and content-hashed, so it stays cached across releases that keep it.
        codeSplitting: { groups: [{ name: "domain-data", test: DOMAIN_DATA }] },
      },
    },
  },
});
