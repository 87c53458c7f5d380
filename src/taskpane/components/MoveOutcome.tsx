import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { MessageBarIntent } from "@fluentui/react-components";
import { useId } from "react";
import type { Ref } from "react";

import { failureStep } from "../../engine/index.ts";
import type { MoveOperation } from "../hooks/useMoveToBcc.ts";
import type { PaneStrings } from "../../engine/texts/paneCatalog.ts";
import { useStrings } from "../StringsContext.ts";

import { useMoveOutcomeStyles } from "./MoveOutcome.styles.ts";

export interface MoveOutcomeProps {
  /** The message box, which takes focus when a move or an undo ends. */
  ref?: Ref<HTMLDivElement>;
  operation: MoveOperation;
  canUndo: boolean;
  onRetry: () => void;
  onUndo: () => void;
}

interface OutcomeText {
  intent: MessageBarIntent;
  title?: string;
  sentences: string[];
  retry: boolean;
}

/**
 * The outcome of the last move or undo, in plain words, with Retry after a failure and Undo while an undo copy
 * exists. Nothing while work is under way, and nothing at all when there is nothing to report or undo.
 *
 * The box is named by its title, or by its first sentence when it has none. It is in the Tab order so that it
 * can take focus when work ends: Office.js moves Tab itself, only between elements in the Tab order, and sends
 * focus out of the pane from any other.
 */
export function MoveOutcome({ ref, operation, canUndo, onRetry, onUndo }: MoveOutcomeProps) {
  const strings = useStrings();
  const styles = useMoveOutcomeStyles();
  const firstSentenceId = useId();
  const text = outcomeText(operation, canUndo, strings);
  if (!text) return null;
  return (
    <MessageBar
      ref={ref}
      tabIndex={0}
      intent={text.intent}
      layout="multiline"
      className={styles.box}
      // Fluent names the box after its title; without one, that id would point at nothing.
      {...(text.title ? {} : { "aria-labelledby": firstSentenceId })}
    >
      <MessageBarBody>
        {text.title && <MessageBarTitle>{text.title}</MessageBarTitle>}
        {text.sentences.map((sentence, index) => (
          <p key={sentence} id={index === 0 ? firstSentenceId : undefined} className={styles.sentence}>
            {sentence}
          </p>
        ))}
      </MessageBarBody>
      {(text.retry || canUndo) && (
        <MessageBarActions>
          {text.retry && (
            <Button appearance="primary" onClick={onRetry}>
              {strings.retry}
            </Button>
          )}
          {canUndo && <Button onClick={onUndo}>{strings.move.undo}</Button>}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

function outcomeText(operation: MoveOperation, canUndo: boolean, strings: PaneStrings): OutcomeText | null {
  const m = strings.move;
  switch (operation.kind) {
    case "moving":
    case "undoing":
      return null;
    case "idle":
      return canUndo ? { intent: "info", sentences: [m.earlierMove, m.clearedAtSend], retry: false } : null;
    case "undone": {
      const result = operation.result;
      if (result.kind === "undone") return { intent: "success", sentences: [m.undone], retry: false };
      if (result.kind === "nothing-to-undo") return { intent: "info", sentences: [m.nothingToUndo], retry: false };
      const sentences = [result.lost === null ? m.unchecked : result.lost > 0 ? m.lost(result.lost) : m.undoFailed];
      return { intent: "error", title: m.undoFailedTitle, sentences, retry: false };
    }
    case "moved": {
      const result = operation.result;
      switch (result.kind) {
        case "moved": {
          const sentences = result.restored > 0 ? [m.restored(result.restored)] : [];
          sentences.push(m.moved(result.moved));
          if (result.senderAddedToTo) sentences.push(m.senderAdded);
          if (result.cannotMove.length > 0) sentences.push(m.cannotMoveLeft(result.cannotMove.length));
          if (!result.undoKept) sentences.push(m.noUndo);
          else if (!result.undoPersisted) sentences.push(m.undoInMemoryOnly);
          if (canUndo) sentences.push(m.clearedAtSend);
          return { intent: "success", sentences, retry: false };
        }
        case "nothing-to-move":
          return {
            intent: "info",
            sentences: result.restored > 0 ? [m.restored(result.restored), m.nothingMoved] : [m.nothingMoved],
            retry: false,
          };
        case "refused-field-limit":
          return {
            intent: "warning",
            sentences: [m.fieldLimit(strings.fields[result.field], result.wouldHave, result.limit)],
            retry: false,
          };
        case "refused-unresolved": {
          const names = result.names.map((name) => name || strings.unresolved.unnamed);
          return {
            intent: "warning",
            sentences: [m.unresolvedRefused(strings.fields[result.field], names)],
            retry: false,
          };
        }
        case "failed": {
          // "Nobody was removed" only where a read-back confirmed it; else how many are missing, or that it couldn't check.
          const step = failureStep(result.step);
          const sentences =
            result.lost === null
              ? [m.unchecked]
              : result.lost > 0 || step === null
                ? [m.lost(result.lost)]
                : [m.failed[step]];
          if (result.lost === 0 && step !== "read") sentences.push(m.failedHint);
          return { intent: "error", title: m.failedTitle, sentences, retry: true };
        }
      }
    }
  }
}
