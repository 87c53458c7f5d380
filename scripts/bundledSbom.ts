import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

interface Component {
  "bom-ref"?: string;
  name: string;
  group?: string;
  version?: string;
}
interface Sbom {
  metadata?: { component?: { name?: string; "bom-ref"?: string } };
  components?: Component[];
  dependencies?: { ref: string; dependsOn?: string[] }[];
}

/**
 * A CycloneDX SBOM of the npm packages whose code is in the hosted bundles: npm's own `npm sbom` (read from
 * package-lock.json only, so it works offline and needs no installed tree), narrowed to the packages the
 * bundler took modules from.
 * `moduleIds` are the bundler's module paths; a package counts if any of its files is among them.
 */
export function bundledSbom(root: string, moduleIds: readonly string[]): Sbom {
  const bundled = new Set(
    moduleIds.flatMap((id) => {
      const match = /.*[/\\]node_modules[/\\]((?:@[^/\\]+[/\\])?[^/\\]+)/.exec(id);
      return match?.[1] ? [match[1].replace("\\", "/")] : [];
    }),
  );
  let text: string;
  try {
    // Under `npm run` (or npx), npm names its own CLI script: run that with this Node (no PATH lookup, no .cmd shim
    // on Windows, which execFile cannot start without a shell).
    const npmCli = process.env.npm_execpath;
    const [command, prefix] =
      npmCli && /npm-cli\.c?js$/.test(npmCli)
        ? [process.execPath, [npmCli]]
        : [process.platform === "win32" ? "npm.cmd" : "npm", []];
    text = execFileSync(
      command,
      // Not --omit dev: with --package-lock-only, npm 11.19 then also drops react, react-dom and punycode,
      // runtime packages that are bundled. The bundler's module list is the better filter anyway.
      [...prefix, "sbom", "--sbom-format", "cyclonedx", "--package-lock-only", "--offline"],
      {
        cwd: root,
        // Vite sets NODE_ENV=production during a build, which makes npm omit dev packages (and, see above, more).
        env: { ...process.env, NODE_ENV: undefined },
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
        stdio: ["ignore", "pipe", "pipe"],
        shell: process.platform === "win32" && command === "npm.cmd",
      },
    );
  } catch (error) {
    throw new Error(`npm sbom failed: ${String((error as { stderr?: string }).stderr ?? error).trim()}`);
  }
  const sbom = JSON.parse(text) as Sbom;
  const fullName = (c: Component) => (c.group ? `${c.group}/${c.name}` : c.name);
  const components = (sbom.components ?? []).filter((c) => bundled.has(fullName(c)));
  const refs = new Set([sbom.metadata?.component?.["bom-ref"], ...components.map((c) => c["bom-ref"])]);
  const packageName = (JSON.parse(readFileSync(resolve(root, "package.json"), "utf8")) as { name: string }).name;
  return {
    ...sbom,
    // npm names the root after the folder it runs in; the package is what was built.
    metadata: { ...sbom.metadata, component: { ...sbom.metadata?.component, name: packageName } },
    components,
    dependencies: (sbom.dependencies ?? [])
      .filter((d) => refs.has(d.ref))
      .map((d) => ({ ...d, dependsOn: (d.dependsOn ?? []).filter((ref) => refs.has(ref)) })),
  };
}
