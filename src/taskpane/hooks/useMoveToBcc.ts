import { useCallback, useEffect, useRef, useState } from "react";

import type { MoveResult, UndoResult } from "../../engine/index.ts";
import type { PaneServices } from "../../office/paneServices.ts";
import { moveToBcc, undoMove } from "../../office/safeMove.ts";

/** Office calls done of total, while a move or an undo writes recipients. */
export interface WriteProgress {
  done: number;
  total: number;
}

/**
 * The move area's state: work under way (with its progress), or the result of the last move or undo as the
 * engine describes it (`MoveResult`, `UndoResult`). Only the pane has this state; the results are the engine's.
 */
export type MoveOperation =
  | { kind: "idle" }
  | { kind: "moving"; progress: WriteProgress | null }
  | { kind: "undoing"; progress: WriteProgress | null }
  | { kind: "moved"; result: MoveResult }
  | { kind: "undone"; result: UndoResult };

export interface MoveControls {
  operation: MoveOperation;
  busy: boolean;
  /** An undo copy exists now: from a move made here, or from one made elsewhere (the ribbon, the Smart Alert's button). */
  canUndo: boolean;
  move: () => void;
  undo: () => void;
  /** Reads the undo copy again: call it when recipients change, as another runtime may have moved or undone. */
  recheckUndo: () => void;
}

/**
 * Runs the one safe move of src/office (the same as the ribbon command) and its undo, with progress. `pause`
 * and `resume` hold the pane's own recount back while recipients are being written.
 */
export function useMoveToBcc(
  services: PaneServices,
  pauseRecount: () => void,
  resumeRecount: () => void,
): MoveControls {
  const { item, policy, client, store, lock } = services;
  const [operation, setOperation] = useState<MoveOperation>({ kind: "idle" });
  const [canUndo, setCanUndo] = useState(false);
  const busyRef = useRef(false);
  const mounted = useRef(false);

  // Undo is offered exactly while a copy exists: in session data (any runtime may have written or cleared it) or,
  // when session data could not take it, in this pane's memory. The latest check wins.
  // One check at a time, a burst of recipient changes folding into one more, as the pane's recount does.
  const checking = useRef(false);
  const checkAgain = useRef(false);
  const recheckUndo = useCallback(() => {
    if (checking.current) {
      checkAgain.current = true;
      return;
    }
    checking.current = true;
    void (async () => {
      do {
        checkAgain.current = false;
        const snapshot = await store.load().catch(() => null);
        if (mounted.current && !busyRef.current && !checkAgain.current) setCanUndo(snapshot !== null);
      } while (checkAgain.current && mounted.current);
      checking.current = false;
    })();
  }, [store]);

  useEffect(() => {
    mounted.current = true;
    recheckUndo();
    return () => {
      mounted.current = false;
    };
  }, [recheckUndo]);

  const run = useCallback(
    async (work: () => Promise<void>) => {
      if (busyRef.current) return;
      busyRef.current = true;
      pauseRecount();
      try {
        await work();
      } finally {
        busyRef.current = false;
        resumeRecount();
      }
    },
    [pauseRecount, resumeRecount],
  );

  // A move after a failed one is a retry: the safe move itself keeps the undo copy from before the first attempt.
  const move = useCallback(
    () =>
      void run(async () => {
        setOperation({ kind: "moving", progress: null });
        let result: MoveResult;
        try {
          result = await moveToBcc(item, policy, store, {
            fieldLimit: client.recipientFieldLimit,
            lock,
            onProgress: (progress) => {
              if (mounted.current) setOperation({ kind: "moving", progress });
            },
          });
        } catch (error) {
          // moveToBcc reports its own failures; this only guards against a store that throws.
          const message = error instanceof Error ? error.message : String(error);
          result = { kind: "failed", step: "read", error: message, lost: null, undoKept: false };
        }
        const copy = await store.load().catch(() => null);
        if (!mounted.current) return;
        setOperation({ kind: "moved", result });
        setCanUndo(copy !== null);
      }),
    [run, item, policy, client.recipientFieldLimit, store, lock],
  );

  const undo = useCallback(
    () =>
      void run(async () => {
        setOperation({ kind: "undoing", progress: null });
        let result: UndoResult;
        try {
          result = await undoMove(
            item,
            store,
            (progress) => {
              if (mounted.current) setOperation({ kind: "undoing", progress });
            },
            lock,
          );
        } catch (error) {
          result = { kind: "undo-failed", error: error instanceof Error ? error.message : String(error), lost: null };
        }
        const copy = await store.load().catch(() => null);
        if (!mounted.current) return;
        setOperation({ kind: "undone", result });
        setCanUndo(copy !== null);
      }),
    [run, item, store, lock],
  );

  return {
    operation,
    busy: operation.kind === "moving" || operation.kind === "undoing",
    canUndo,
    move,
    undo,
    recheckUndo,
  };
}
