#!/usr/bin/env node
// Runs the TypeScript CLI straight from src/ through tsx, so `npx bcc-guard` works right after `npm ci`, with no build.
// The project's own tsconfig is named so that a tsconfig.json in the admin's working directory cannot change how it compiles.
import { URL, fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

register({ tsconfig: fileURLToPath(new URL("../tsconfig.json", import.meta.url)) });
const { main } = await import("../src/cli/main.ts");
await main();
