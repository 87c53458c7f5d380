import { resolve } from "node:path";

import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** The task pane page (React + Fluent UI). The events bundle has its own config: vite.events.config.ts. */
export default defineConfig({
  root: resolve(import.meta.dirname, "src/taskpane"),
  base: "./",
  publicDir: false,
  logLevel: "warn",
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, "dist"),
    emptyOutDir: false,
    target: "es2020",
    // No inline polyfill script: the page's Content Security Policy allows scripts from files only.
    modulePreload: { polyfill: false },
    rolldownOptions: { input: { taskpane: resolve(import.meta.dirname, "src/taskpane/taskpane.html") } },
  },
});
