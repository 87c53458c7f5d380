import { analyzeAudience } from "./audience.ts";
import type { Audience } from "./audience.ts";
import { displayAddress } from "./displayDomain.ts";
import { evaluateAudience } from "./evaluate.ts";
import type { Message } from "./message.ts";
import type { Policy } from "./policy.ts";
import type { Verdict } from "./verdict.ts";

/** Everything the send handler, the infobar and the task pane show about a message. */
export interface Assessment {
  audience: Audience;
  verdict: Verdict;
  /** Names (or addresses) of a few visible outside people, in the order they were added; may be hostile text. */
  exampleNames: string[];
  /** Visible outside people at personal mail providers or relays (each a party of its own): for the texts. */
  personal: number;
}

export function assessMessage(message: Message, policy: Policy, exampleCount = 3): Assessment {
  const audience = analyzeAudience(message, policy);
  const verdict = evaluateAudience(audience, message, policy);
  const exampleNames = audience.visible
    .filter((person) => !person.internal && person.recipient.resolved)
    .slice(0, exampleCount)
    // A person with no name is shown by address, its domain as people write it (münchen.de, not punycode).
    .map(({ recipient }) =>
      recipient.displayName && recipient.displayName !== recipient.address
        ? recipient.displayName
        : displayAddress(recipient.address),
    );
  const personal = audience.visible.filter((person) => person.partyKind === "personal").length;
  return { audience, verdict, exampleNames, personal };
}
