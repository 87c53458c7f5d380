import { expect } from "vitest";

import type { DispatchOptions, DispatchResult } from "../../src/simulator/host/actionRegistry.ts";
import { createFakeOffice } from "../../src/simulator/fakeOfficeJs/fakeOffice.ts";
import { OutlookHost, type OutlookHostOptions } from "../../src/simulator/host/outlookHost.ts";

import { openRealOfficeFrame, type RealOfficeFrame } from "./realOfficeFrame.ts";

/** The two Office.js an add-in can meet in tests: our hand-written fake, and Microsoft's over the simulated host. */
export type RuntimeKind = "fake" | "real";

export interface Runtime {
  readonly kind: RuntimeKind;
  readonly host: OutlookHost;
  readonly office: typeof Office;
  readonly item: Office.MessageCompose;
  /** The host's `dispatch`: through the fake's associations, or through the frame's Office.js. */
  dispatch(name: string, eventProps?: Record<string, unknown>, options?: DispatchOptions): Promise<DispatchResult>;
  /** The real frame, for what only it has (its XDM host, its errors). */
  readonly frame: RealOfficeFrame | undefined;
  close(): void;
}

export async function openRuntime(kind: RuntimeKind, hostOptions: OutlookHostOptions = {}): Promise<Runtime> {
  const host = new OutlookHost(hostOptions);
  let office: typeof Office;
  let frame: RealOfficeFrame | undefined;
  let close: () => void;
  if (kind === "fake") {
    office = createFakeOffice(host) as unknown as typeof Office;
    close = () => undefined;
  } else {
    frame = await openRealOfficeFrame({ host });
    office = frame.office;
    const restore = host.useDispatcher(frame.xdm.dispatcher);
    const opened = frame;
    close = () => {
      restore();
      opened.close();
    };
  }
  return {
    kind,
    host,
    office,
    get item() {
      return office.context.mailbox.item as Office.MessageCompose;
    },
    dispatch: (name, eventProps, options) => host.dispatch(name, eventProps, options),
    frame,
    close,
  };
}

/**
 * Runs `scenario` against the fake and against real Office.js, each over its own host built from the same
 * options, checks that both observed the same, and returns that observation.
 */
export async function inBoth<T>(
  hostOptions: OutlookHostOptions,
  scenario: (runtime: Runtime) => Promise<T>,
): Promise<T> {
  const seen: Partial<Record<RuntimeKind, T>> = {};
  for (const kind of ["fake", "real"] as const) {
    const runtime = await openRuntime(kind, hostOptions);
    try {
      seen[kind] = await scenario(runtime);
      // Protocol trouble (a refused origin, an unreadable answer) shows up as an error inside the page.
      expect(runtime.frame?.errors ?? [], "errors in the page").toEqual([]);
    } finally {
      runtime.close();
    }
  }
  expect(seen.real, "Microsoft's Office.js over the simulated host").toEqual(seen.fake);
  return seen.fake as T;
}

/** What an add-in can tell about one call: its AsyncResult, or the exception it threw before calling back. */
export type Observed =
  | { readonly status: "succeeded"; readonly value: unknown }
  | { readonly status: "failed"; readonly code: number; readonly name: string }
  | { readonly threw: string; readonly parameter: string | undefined }
  | { readonly status: "no callback" };

/**
 * Makes one callback-style call and describes what came back. Values are copied out of the page's realm as
 * JSON, which also drops properties that are undefined.
 */
export function observe(start: (callback: (result: Office.AsyncResult<unknown>) => void) => void): Promise<Observed> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ status: "no callback" }), 5000);
    const settle = (observed: Observed) => {
      clearTimeout(timer);
      resolve(observed);
    };
    try {
      start((result) => {
        if (String(result.status) === "succeeded") settle({ status: "succeeded", value: plain(result.value) });
        else settle({ status: "failed", code: result.error.code, name: result.error.name });
      });
    } catch (error) {
      settle(thrown(error));
    }
  });
}

/** The exception type and the parameter it names, from either library's message. */
export function thrown(error: unknown): Observed {
  const { name, message } = error as { name?: unknown; message?: unknown };
  const parameter = /Parameter name: (\w+)/.exec(String(message))?.[1];
  return { threw: String(name), parameter };
}

/** A page-realm value as a plain Node value. */
export function plain(value: unknown): unknown {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);
}

/** Waits for answers and events the host sends with `setTimeout` (latency 0) and the frame's message delivery. */
export function settle(ms = 30): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
