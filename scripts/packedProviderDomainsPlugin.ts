import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

import type { Plugin } from "vite";

import { packDomains } from "../src/engine/packedDomains.ts";

const MODULE = /[\\/]src[\\/]engine[\\/]packedProviderDomains\.ts$/;
/** The packed list's own module, named after the package file it comes from, so the SBOM still names the package. */
const PACKED_SUFFIX = ".packed.js";

/**
 * Replaces `src/engine/packedProviderDomains.ts` in a bundle with the packed provider list as a string literal,
 * computed now from the installed `email-providers` package (resolved from that module, as its own import is):
 * the bundle then carries neither the JSON array nor the packing code. A package entry the packed form cannot
 * carry stops the build (packDomains throws, naming it).
 */
export function packedProviderDomainsPlugin(): Plugin {
  return {
    name: "bcc-guard:packed-provider-domains",
    resolveId(source) {
      return source.startsWith("\0") && source.endsWith(PACKED_SUFFIX) ? source : null;
    },
    load(id) {
      if (MODULE.test(id)) {
        const packedId = `\0${createRequire(id).resolve("email-providers/all.json")}${PACKED_SUFFIX}`;
        return `import packed from ${JSON.stringify(packedId)};\nexport function packedProviderDomains() { return packed; }\n`;
      }
      if (!id.startsWith("\0") || !id.endsWith(PACKED_SUFFIX)) return null;
      const listFile = id.slice(1, -PACKED_SUFFIX.length);
      this.addWatchFile(listFile);
      const providers = JSON.parse(readFileSync(listFile, "utf8")) as string[];
      return `export default ${JSON.stringify(packDomains(providers))};\n`;
    },
  };
}
