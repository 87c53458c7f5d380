import { Button, MessageBar, MessageBarActions, MessageBarBody, Text } from "@fluentui/react-components";
import { useCallback, useId, useState } from "react";

import type { PaneOpenContext } from "../office/paneOpenContext.ts";

import type { PaneServices } from "../office/paneServices.ts";

import { useAppStyles } from "./App.styles.ts";
import { MonitorModeNote } from "./components/MonitorModeNote.tsx";
import { MoveToBcc } from "./components/MoveToBcc.tsx";
import { OpenReason } from "./components/OpenReason.tsx";
import { PartyGroups } from "./components/PartyGroups.tsx";
import { RecipientCounts } from "./components/RecipientCounts.tsx";
import { StatusBanner } from "./components/StatusBanner.tsx";
import { UnresolvedEntries } from "./components/UnresolvedEntries.tsx";
import { useMessageView } from "./hooks/useMessageView.ts";
import { useMoveToBcc } from "./hooks/useMoveToBcc.ts";
import { useOfficeSubscription } from "./hooks/useOfficeSubscription.ts";
import { useOpenContext } from "./hooks/useOpenContext.ts";
import { useStrings } from "./StringsContext.ts";

export interface AppProps {
  /** Outlook, as the pane may use it; in tests, built over the simulator's fake Office. */
  services: PaneServices;
}

/**
 * The task pane: status, counts, "Move to Bcc" with its preview, then who is visible. It recounts on every
 * recipient change and says why it was opened when the Smart Alert or the infobar opened it.
 */
export function App({ services }: AppProps) {
  const strings = useStrings();
  const styles = useAppStyles();
  const { state, refresh, pause, resume } = useMessageView(services);
  const move = useMoveToBcc(services, pause, resume);
  const openContext = useOpenContext(services.events, refresh);

  // Why the pane was opened describes the recipients at that moment: once they change (a move from the ribbon or
  // the alert's button, an edit), the reason is stale and goes, until the alert opens the pane again.
  const [staleReason, setStaleReason] = useState<PaneOpenContext | null>(null);

  const { events } = services;
  const { recheckUndo } = move;
  const subscribe = useCallback((listener: () => void) => events.onRecipientsChanged(listener), [events]);
  const onRecipientsChanged = useCallback(() => {
    refresh();
    // Another runtime may have moved (or undone) and written or cleared the undo copy in session data.
    recheckUndo();
    setStaleReason(openContext);
  }, [refresh, recheckUndo, openContext]);
  useOfficeSubscription("recipientsChanged", subscribe, onRecipientsChanged);

  const view = state.view;
  const readFailedId = useId();
  return (
    <main className={styles.main}>
      <Text as="h1" size={500} weight="semibold" className={styles.title}>
        {strings.appTitle}
      </Text>
      {services.policy.mode === "monitor" && <MonitorModeNote />}
      {openContext && openContext !== staleReason && <OpenReason context={openContext} />}
      {state.readFailed && (
        <MessageBar intent="error" layout="multiline" aria-labelledby={readFailedId}>
          <MessageBarBody id={readFailedId}>{strings.readFailed}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={refresh}>{strings.retry}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {view ? (
        <>
          <StatusBanner
            verdict={view.verdict}
            groups={view.audience.groups}
            organization={services.policy.organization}
          />
          <RecipientCounts
            fieldCounts={view.fieldCounts}
            outside={view.audience.outside}
            colleagues={view.audience.colleagues}
          />
        </>
      ) : (
        !state.readFailed && (
          <Text as="p" className={styles.text}>
            {strings.loading}
          </Text>
        )
      )}
      <MoveToBcc
        preview={view?.preview ?? null}
        blocker={view?.blocker ?? null}
        undoFits={view?.undoFits ?? true}
        operation={move.operation}
        busy={move.busy}
        canUndo={move.canUndo}
        onMove={move.move}
        onUndo={move.undo}
      />
      {view && <PartyGroups groups={view.audience.groups} />}
      {view && view.audience.contactGroups.length > 0 && <UnresolvedEntries entries={view.audience.contactGroups} />}
    </main>
  );
}
