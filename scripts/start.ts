// npm start [-- --policy FILE] [--port N]
// Takes the port first (so a port in use fails before any build), then builds the add-in for
// https://localhost:PORT/ and the simulator into .simulator-build/PORT/ (ignored by git; never dist/, which is
// what admins deploy), and serves both over HTTPS with a certificate made on this machine until stopped
// (Ctrl+C). Each running simulator keeps the build and policy it started with.
import { relative, resolve } from "node:path";

import { Command } from "commander";

import { CliError } from "../src/cli/cliError.ts";
import { loadPolicy } from "../src/cli/loadPolicy.ts";
import { buildSimulator } from "../src/simulator/build/buildSimulator.ts";
import { createSimulatorServer } from "../src/simulator/server/simulatorServer.ts";
import { startBuildFolder } from "../src/simulator/server/startBuildFolder.ts";

import { buildAddin, devManifestVersion } from "./buildAddin.ts";

const root = resolve(import.meta.dirname, "..");

function fail(lines: readonly string[]): never {
  for (const line of lines) console.error(line.startsWith("bcc-guard: ") ? line : `start: ${line}`);
  process.exit(1);
}

const args = new Command("npm start --")
  .description(
    "Build the add-in and the compose simulator into .simulator-build/PORT/ (never dist/) and serve both over HTTPS on this machine.",
  )
  .helpOption("-h, --help", "show this help")
  .option("--policy <FILE>", "policy JSON file (default: $BCC_GUARD_POLICY, else the built-in defaults)")
  .option("--port <N>", "HTTPS port (default: $PORT or 3000)")
  .parse(process.argv.slice(2), { from: "user" })
  .opts<{ policy?: string; port?: string }>();

const port = Number(args.port ?? process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 1 || port > 65535) fail([`--port: "${args.port}" is not a port number`]);

const policyFile = args.policy ?? process.env.BCC_GUARD_POLICY;
// The same loader and messages as `bcc-guard policy check` and the admin build.
const policy = await loadPolicy(policyFile).catch((error: unknown) =>
  fail(error instanceof CliError ? [...error.lines] : [String(error)]),
);

const build = startBuildFolder(root, port);
// The server reads its folders on each request, so it can hold the port while the build is written.
let server;
try {
  server = await createSimulatorServer({
    port,
    distDir: build.distDir,
    simulatorDir: build.simulatorDir,
    certDir: resolve(root, ".certs"),
    ...(policyFile === undefined ? {} : { policyFile }),
  });
} catch (error) {
  const code = (error as { code?: string }).code;
  fail([
    code === "EADDRINUSE"
      ? `port ${port} is in use (another npm start?). Stop it, or use another port: npm start -- --port 3001 (the manifest follows it). Nothing was built.`
      : `could not start the server: ${(error as Error).message}`,
  ]);
}

const where = (path: string) => relative(process.cwd(), path) || path;
console.log(`Building the add-in (${policyFile ?? "default policy"}) and the simulator into ${where(build.folder)}…`);
try {
  await buildAddin({ policy, baseUrl: server.url, version: devManifestVersion(), outDir: build.distDir });
  await buildSimulator({ outDir: build.simulatorDir });
} catch (error) {
  await server.close();
  fail([`the build failed: ${(error as Error).message}`]);
}

const sideload = port === 3000 ? "npm run sideload" : `npm run sideload -- --port ${port}`;
console.log(`
BCC Guard is served at ${server.url} (HTTPS, certificate ${where(server.certPath)}${server.certificateCreated ? ", made just now" : ""}).

  Simulator        ${server.url}simulator.html
                   Outlook's compose window with the real add-in on Microsoft's Office.js (1.1.110, from
                   node_modules); Outlook's side is simulated. ${server.url}simulator.html?office=fake runs
                   the simulator's fake Office.js instead.
                   Your browser will warn about the self-signed certificate once: accept it for localhost.
  Real Outlook     ${sideload}   (manifest ${where(build.manifestPath)}; steps for web, Windows and Mac)
  Policy           ${policyFile ?? "default"}${policy.sensitive.keywords.length ? `, ${policy.sensitive.keywords.length} sensitive keywords` : ""}

Serving until you press Ctrl+C.`);

const stop = () => {
  void server.close().then(() => process.exit(0));
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
