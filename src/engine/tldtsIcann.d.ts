// tldts-icann's self-contained minified build (see registrableDomain.ts) ships no types of its own; the
// engine needs only this, with the options it passes.
declare module "tldts-icann/dist/index.esm.min.js" {
  export function getDomain(
    hostname: string,
    options?: { extractHostname?: boolean; validateHostname?: boolean; detectIp?: boolean; mixedInputs?: boolean },
  ): string | null;
}
