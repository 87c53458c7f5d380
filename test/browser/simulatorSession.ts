import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, expect } from "vitest";

import type { Policy } from "../../src/engine/index.ts";

import { startSimulator } from "./simulatorFixture.ts";
import type { OpenOptions, SimulatorHarness, SimulatorPage } from "./simulatorFixture.ts";

export interface SimulatorSessionOptions {
  /** The policy the add-in is built with. @default the default policy */
  policy?: Policy;
  open?: OpenOptions;
  /**
   * Reset the simulator before each test and fail a test after which the page has thrown. Off for files whose
   * tests reset at their own moment (after changing the language, say) and check errors where they matter.
   * @default true
   */
  eachTest?: boolean;
  /** How long building, serving and opening may take: a policy of its own means a build of its own. @default 180 s */
  setupTimeoutMs?: number;
}

/** One simulator page for the file, opened before its tests and closed after them. */
export interface SimulatorSession {
  readonly page: Page;
  /** Uncaught errors in the page and its frames so far. */
  readonly errors: string[];
}

/**
 * Registers the hooks every browser test file needs (build and serve the simulator, open it in Chromium, close
 * both at the end) and returns the session, readable once the file's tests run.
 */
export function useSimulatorSession(options: SimulatorSessionOptions = {}): SimulatorSession {
  let harness: SimulatorHarness | undefined;
  let session: SimulatorPage | undefined;
  const opened = () => {
    if (!session) throw new Error("the simulator session is read before the file's beforeAll opened it");
    return { session };
  };

  beforeAll(async () => {
    harness = await startSimulator(options.policy);
    session = await harness.open(options.open);
  }, options.setupTimeoutMs ?? 180_000);

  afterAll(async () => {
    await session?.close();
    await harness?.close();
  });

  if (options.eachTest ?? true) {
    beforeEach(async () => {
      await opened().session.page.evaluate(() => window.simulator.reset());
    });
    afterEach(() => {
      expect(opened().session.errors).toEqual([]);
    });
  }

  return {
    get errors() {
      return opened().session.errors;
    },
    get page() {
      return opened().session.page;
    },
  };
}
