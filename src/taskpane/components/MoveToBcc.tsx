import { Button, ProgressBar, Text } from "@fluentui/react-components";
import { useId } from "react";

import type { MoveOperation } from "../hooks/useMoveToBcc.ts";
import type { MovePreviewFacts, PaneStrings } from "../strings/catalog.ts";
import { useStrings } from "../StringsContext.ts";
import type { MoveRefusal } from "../../office/safeMove.ts";

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
  const canMove = !!preview && preview.moved > 0 && !blocker;
  const progress = operation.kind === "moving" || operation.kind === "undoing" ? operation.progress : null;

  return (
    <div className={styles.root}>
      <div className={styles.action}>
        <Button
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
      {progress && progress.total > PROGRESS_AFTER_CALLS && (
        <div className={styles.progress}>
          <Text id={progressId}>{strings.move.progress(progress.done, progress.total)}</Text>
          <ProgressBar value={progress.done} max={progress.total} thickness="large" aria-labelledby={progressId} />
        </div>
      )}
      <div role="status" aria-live="polite" className={styles.outcome}>
        <MoveOutcome operation={operation} canUndo={canUndo && !busy} onRetry={onMove} onUndo={onUndo} />
      </div>
    </div>
  );
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
