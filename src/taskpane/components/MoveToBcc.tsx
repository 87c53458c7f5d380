import { Button, ProgressBar, Text } from "@fluentui/react-components";
import { useEffect, useId, useRef } from "react";
import type { RefObject } from "react";

import type { MoveRefusal } from "../../engine/index.ts";
import { useSlowOutlook } from "../hooks/useSlowOutlook.ts";
import type { MoveOperation } from "../hooks/useMoveToBcc.ts";
import type { MovePreviewFacts, PaneStrings } from "../../engine/texts/paneCatalog.ts";
import { useStrings } from "../StringsContext.ts";

import { LiveAnnouncement } from "./LiveAnnouncement.tsx";
import { MoveOutcome } from "./MoveOutcome.tsx";
import { useMoveToBccStyles } from "./MoveToBcc.styles.ts";

/** More Office calls than this means a list over about a hundred people: worth a progress bar. */
const PROGRESS_AFTER_CALLS = 2;

export interface MoveToBccProps {
  /** What the move would do now; null until the message has been read. */
  preview: MovePreviewFacts | null;
  /** Why the move would be refused now; the button then explains instead of promising. */
  blocker: MoveRefusal | null;
  /** An undo copy would fit; when false the preview says, before the click, that the move could not be undone. @default true */
  undoFits?: boolean;
  operation: MoveOperation;
  busy: boolean;
  canUndo: boolean;
  onMove: () => void;
  onUndo: () => void;
}

/**
 * The primary action: the button, the sentence saying what it will do, progress on long lists, and the outcome
 * in a live region so that a screen reader hears it without moving focus.
 *
 * Focus never falls to the page: Retry and Undo vanish while they work, so pressing them puts focus on the
 * main button (which says what is under way), and when a move or an undo that was started here ends, focus
 * goes to its outcome. Under Office.js that matters twice over: it handles Tab itself from the focused
 * element, and from the page's body the next Tab leaves the pane.
 */
export function MoveToBcc({
  preview,
  blocker,
  undoFits = true,
  operation,
  busy,
  canUndo,
  onMove,
  onUndo,
}: MoveToBccProps) {
  const strings = useStrings();
  const styles = useMoveToBccStyles();
  const previewId = useId();
  const progressId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const canMove = !!preview && preview.moved > 0 && !blocker;
  const progress = operation.kind === "moving" || operation.kind === "undoing" ? operation.progress : null;
  const showProgress = !!progress && progress.total > PROGRESS_AFTER_CALLS;
  const progressText =
    operation.kind === "moving" && progress && preview
      ? strings.move.progress(movedSoFar(preview.moved, progress), preview.moved)
      : null;

  useFocusOutcome(busy, buttonRef, outcomeRef);
  const working = operation.kind === "moving" || operation.kind === "undoing";
  const slow = useSlowOutlook(working, progress?.done ?? null);

  const startFrom = (action: () => void) => () => {
    buttonRef.current?.focus();
    action();
  };

  return (
    <div className={styles.root}>
      <div className={styles.action}>
        <Button
          ref={buttonRef}
          appearance="primary"
          size="large"
          onClick={onMove}
          disabledFocusable={busy || !canMove}
          aria-describedby={previewId}
        >
          {operation.kind === "moving"
            ? strings.move.moving
            : operation.kind === "undoing"
              ? strings.move.undoing
              : strings.move.button}
        </Button>
        <Text as="p" id={previewId} className={styles.preview}>
          {preview && previewText(preview, blocker, strings)}
          {preview && canMove && !undoFits && ` ${strings.move.noUndoAhead}`}
        </Text>
      </div>
      {showProgress && (
        <div className={styles.progress}>
          <Text id={progressId}>{progressText ?? strings.move.undoing}</Text>
          <ProgressBar value={progress.done} max={progress.total} thickness="large" aria-labelledby={progressId} />
        </div>
      )}
      {slow && (
        <Text as="p" className={styles.preview}>
          {strings.move.slowOutlook}
        </Text>
      )}
      <LiveAnnouncement message={slow ? strings.move.slowOutlook : showProgress ? progressText : null} pace="steady" />
      <div role="status" aria-live="polite" className={styles.outcome}>
        <MoveOutcome
          ref={outcomeRef}
          operation={operation}
          canUndo={canUndo && !busy}
          onRetry={startFrom(onMove)}
          onUndo={startFrom(onUndo)}
        />
      </div>
    </div>
  );
}

/**
 * When work started here ends, focus goes to its outcome, provided it was still on the main button (or lost to
 * the page): a user who has moved on elsewhere during a long move keeps their place and hears the live region.
 */
function useFocusOutcome(
  busy: boolean,
  buttonRef: RefObject<HTMLButtonElement | null>,
  outcomeRef: RefObject<HTMLDivElement | null>,
) {
  const wasBusy = useRef(busy);
  useEffect(() => {
    const finished = wasBusy.current && !busy;
    wasBusy.current = busy;
    if (!finished) return;
    const active = document.activeElement;
    const focusWasHere = !active || active === document.body || active === buttonRef.current;
    if (focusWasHere) outcomeRef.current?.focus();
  }, [busy, buttonRef, outcomeRef]);
}

/**
 * People moved so far, from the Office calls done: the calls are spread over the people in proportion (100 people
 * per call to Bcc, then To and Cc rewritten), so the figure grows steadily and reaches everyone at the end.
 */
function movedSoFar(people: number, progress: { done: number; total: number }): number {
  return Math.min(people, Math.floor((people * progress.done) / Math.max(1, progress.total)));
}

function previewText(preview: MovePreviewFacts, blocker: MoveRefusal | null, strings: PaneStrings): string {
  const m = strings.move;
  if (preview.moved === 0) return m.nothingToMove;
  if (blocker?.kind === "refused-unresolved")
    return m.blockedByGroups(
      strings.fields[blocker.field],
      blocker.names.map((name) => name || strings.unresolved.unnamed),
    );
  if (blocker?.kind === "refused-field-limit")
    return m.blockedByLimit(strings.fields[blocker.field], blocker.wouldHave, blocker.limit);
  return m.preview(preview);
}
