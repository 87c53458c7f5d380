import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";

import type { Verdict } from "../../engine/index.ts";
import { useStrings } from "../StringsContext.ts";
import type { PartyGroup } from "../view/partyGroups.ts";
import { summarizeStatus } from "../view/statusSummary.ts";

import { LiveAnnouncement } from "./LiveAnnouncement.tsx";
import { useStatusBannerStyles } from "./StatusBanner.styles.ts";

export interface StatusBannerProps {
  verdict: Verdict;
  /** The visible outside people by party, to say personal addresses as such. */
  groups: readonly PartyGroup[];
  /** The policy's `organization` ("" for "your organisation"). */
  organization: string;
}

/**
 * How the send guard would treat the message now: safe, warning or would be blocked, and why. A change of
 * status (not of counts) is announced to screen readers, once it has settled.
 */
export function StatusBanner({ verdict, groups, organization }: StatusBannerProps) {
  const strings = useStrings();
  const styles = useStatusBannerStyles();
  const status = summarizeStatus(verdict, groups, strings, organization);
  const announcement = useStatusChange(status.title, `${status.title}. ${status.sentences[0] ?? ""}`.trim());
  return (
    <>
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
      <LiveAnnouncement message={announcement} />
    </>
  );
}

/**
 * What to announce: `text` as it was when `title` last changed, or null before any change (the status the pane
 * opens with is read with the pane, not announced on top of it).
 */
function useStatusChange(title: string, text: string): string | null {
  const shownTitle = useRef(title);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  useEffect(() => {
    if (title === shownTitle.current) return;
    shownTitle.current = title;
    setAnnouncement(text);
  }, [title, text]);
  return announcement;
}
