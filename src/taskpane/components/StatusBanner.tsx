import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

import type { Verdict } from "../../engine/index.ts";
import { useStrings } from "../StringsContext.ts";
import { summarizeStatus } from "../view/statusSummary.ts";

import { useStatusBannerStyles } from "./StatusBanner.styles.ts";

export interface StatusBannerProps {
  verdict: Verdict;
}

/** How the send guard would treat the message now: safe, warning or would be blocked, and why. */
export function StatusBanner({ verdict }: StatusBannerProps) {
  const strings = useStrings();
  const styles = useStatusBannerStyles();
  const status = summarizeStatus(verdict, strings);
  return (
    <MessageBar intent={status.intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{status.title}</MessageBarTitle>
        {status.sentences.map((sentence) => (
          <p key={sentence} className={styles.sentence}>
            {sentence}
          </p>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
