// npm run sideload [-- --port N]
// Prints how to add the development build to real Outlook. Nothing is installed from here: Outlook's own
// "Add from file" is the one way that works the same on the web, Windows and Mac.
import { existsSync } from "node:fs";
import { relative, resolve } from "node:path";

import { Command, InvalidArgumentError } from "commander";

import { startBuildFolder } from "../src/simulator/server/startBuildFolder.ts";

const root = resolve(import.meta.dirname, "..");
const shown = (path: string) => relative(process.cwd(), path) || path;

const { port } = new Command("npm run sideload --")
  .description("Print how to add the development build to real Outlook on this machine (installs nothing).")
  .helpOption("-h, --help", "show this help")
  .option(
    "--port <N>",
    "the port npm start serves on (default: $PORT if set)",
    (value) => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1 || n > 65535) throw new InvalidArgumentError(`"${value}" is not a port number`);
      return n;
    },
    Number(process.env.PORT ?? 3000),
  )
  .parse(process.argv.slice(2), { from: "user" })
  .opts<{ port: number }>();

// npm start -- --port N builds the manifest for that port into its own folder.
const manifest = startBuildFolder(root, port).manifestPath;
const certificate = resolve(root, ".certs/localhost.crt");
const base = `https://localhost:${port}/`;

const lines = [
  "Sideload BCC Guard into real Outlook (for testing on this machine)",
  "",
  port === 3000
    ? "1. Serve the add-in: run `npm start` (add `-- --policy FILE` for your policy) and leave it running."
    : `1. Serve the add-in: run \`npm start -- --port ${port}\` (add \`--policy FILE\` for your policy) and leave it running.`,
  `   Outlook loads every page from ${base}, so Outlook must run on this machine.`,
  existsSync(manifest)
    ? `   Manifest: ${shown(manifest)}`
    : `   Manifest: ${shown(manifest)} does not exist yet; npm start${port === 3000 ? "" : ` -- --port ${port}`} builds it.`,
  "",
  "2. Trust the development certificate, once per machine (Outlook refuses add-ins with certificate errors):",
  existsSync(certificate)
    ? `   Certificate: ${shown(certificate)}`
    : `   Certificate: ${shown(certificate)} does not exist yet; npm start makes it.`,
  "   - Windows (classic and new Outlook):  certutil -user -addstore Root .certs\\localhost.crt   (answer Yes)",
  "   - Mac:  sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain .certs/localhost.crt",
  "   - Outlook on the web in Chrome or Edge on Linux:",
  '       certutil -d sql:$HOME/.pki/nssdb -A -t "P,," -n bcc-guard-localhost -i .certs/localhost.crt',
  `   Then open ${base}support.html in the browser: it must load without a warning.`,
  "   npm start keeps the same certificate until a week before it expires (one year); trust the new one then.",
  "",
  "3. Add the manifest:",
  "   - Outlook on the web and new Outlook for Windows: open https://aka.ms/olksideload (or Apps > Add apps, or",
  "     Get Add-ins), then My add-ins > Custom Add-ins > Add a custom add-in > Add from File, and pick the manifest.",
  "   - Classic Outlook on Windows (build 2404 or later for Mailbox 1.14): Home > Get Add-ins (or All Apps >",
  "     Add Apps), then My add-ins > Custom Add-ins > Add a custom add-in > Add from File.",
  "   - Outlook for Mac (new Outlook): ... (More) in the ribbon > Get Add-ins, then My add-ins > Custom Add-ins >",
  "     Add a custom add-in > Add from File.",
  "   If a message says the add-in is from an unknown source, choose Install.",
  "",
  "4. Try it: start a new message. BCC Guard and Move to Bcc are in the ribbon (in the Apps menu on the web and in",
  "   new Outlook). Add outside recipients to see the notice; press Send to see the Smart Alert.",
  "",
  "To remove it: the same dialog, My add-ins > Custom Add-ins > ... > Remove. Classic Outlook caches add-ins: after",
  "a rebuild, restart Outlook; if it still shows the old version, clear %LOCALAPPDATA%\\Microsoft\\Office\\16.0\\Wef\\.",
  "For an organisation, admins deploy a build made with `npm run build` from the Microsoft 365 admin center",
  "(Settings > Integrated apps > Upload custom apps) instead.",
];
console.log(lines.join("\n"));
