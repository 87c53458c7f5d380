import type { AlertFacts } from "../../src/engine/texts/alertFacts.ts";
import type { Reason, Verdict, VerdictCounts } from "../../src/engine/verdict.ts";

/**
 * What the texts are built from, for a verdict with these reasons and counts (every count not given is 0), under
 * thresholds warn at 5 and block at 20. Sensitive when the reasons say so; no organisation name and no example
 * names unless `more` gives them.
 */
export function alertFacts(
  action: Verdict["action"],
  reasons: Reason[],
  counts: Partial<VerdictCounts>,
  more: Partial<AlertFacts> = {},
): AlertFacts {
  return {
    verdict: {
      action,
      reasons,
      sensitive: reasons.includes("sensitive"),
      counts: {
        visible: 0,
        visibleInternal: 0,
        visibleExternal: 0,
        parties: 0,
        bcc: 0,
        unresolved: 0,
        contactGroups: 0,
        ...counts,
      },
      thresholds: { warnAt: 5, blockAt: 20 },
    },
    organization: "",
    exampleNames: [],
    ...more,
  };
}
