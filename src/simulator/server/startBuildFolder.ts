/*
 * Where `npm start` builds what it serves. Each port has its own folder under `.simulator-build/` (ignored by
 * git), so a running simulator keeps the build, and the policy, it started with: an admin build (dist/) or a
 * second `npm start` on another port never changes it. Node only.
 */
import { resolve } from "node:path";

/** The folder under the repository root that holds every `npm start` build. */
export const START_BUILD_ROOT = ".simulator-build";

export interface StartBuildFolder {
  /** `.simulator-build/<port>/`. */
  readonly folder: string;
  /** The add-in built for `https://localhost:<port>/` (what real Outlook loads when sideloaded). */
  readonly distDir: string;
  /** The simulator page and the fake Office.js. */
  readonly simulatorDir: string;
  /** The development manifest, with every URL under `https://localhost:<port>/`. */
  readonly manifestPath: string;
}

export function startBuildFolder(repositoryRoot: string, port: number): StartBuildFolder {
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new RangeError(`${port} is not a port number.`);
  const folder = resolve(repositoryRoot, START_BUILD_ROOT, String(port));
  const distDir = resolve(folder, "dist");
  return {
    folder,
    distDir,
    simulatorDir: resolve(folder, "simulator"),
    manifestPath: resolve(distDir, "manifest.xml"),
  };
}
