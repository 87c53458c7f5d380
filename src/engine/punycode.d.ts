// punycode.js ships no types; the engine needs only this. Imported by path so that Node's deprecated
// built-in `punycode` module is never picked instead of the maintained package.
declare module "punycode/punycode.es6.js" {
  export function toASCII(domain: string): string;
  export function toUnicode(domain: string): string;
}
