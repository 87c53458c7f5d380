import { normalizeAddress } from "../../engine/normalizeAddress.ts";

// The characters RFC 5322 allows in an unquoted address, in ASCII: letters, digits and !#$%&'*+-/=?^_`{|}~. for
// the local part, a host name for the domain. Quoted local parts, comments and non-ASCII are refused: an
// address given to Exchange on the command line has no need of them, and refusing them keeps out look-alikes
// (a typographic quote, a bidi mark) that would be hard to see in a review of the script.
const PLAIN_ADDRESS = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~.]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/u;

/** The address as given (trimmed), or an error message naming the option when it is not a plain address. */
export function checkRuleAddress(
  option: string,
  raw: string,
): { ok: true; address: string } | { ok: false; message: string } {
  const address = raw.trim();
  const normalized = normalizeAddress(address);
  if (!PLAIN_ADDRESS.test(address) || !normalized.resolved || !address.slice(address.indexOf("@") + 1).includes(".")) {
    return {
      ok: false,
      message: `${option}: ${JSON.stringify(raw)} is not a plain e-mail address (name@domain.example, ASCII, no display name)`,
    };
  }
  return { ok: true, address };
}
