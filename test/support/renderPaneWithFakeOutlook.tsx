// Test support: the task pane over the simulator's Outlook, as Outlook itself would host it.
import { configure, render } from "@testing-library/react";

import type { Policy } from "../../src/engine/index.ts";
import { createPaneServices } from "../../src/office/paneServices.ts";
import type { PaneServices } from "../../src/office/paneServices.ts";
import { createFakeOffice } from "../../src/simulator/fakeOfficeJs/index.ts";
import { OutlookHost } from "../../src/simulator/host/index.ts";
import type { OutlookHostOptions } from "../../src/simulator/host/index.ts";
import { Pane } from "../../src/taskpane/Pane.tsx";

import { contosoPolicy } from "./contoso.ts";

// Hundreds of recipients rendered in jsdom, with other test files running alongside, can take over a second.
configure({ asyncUtilTimeout: 5000 });

/** Contoso's policy as the pane's tests use it: the defaults (warn at 5 parties, block at 20) with its domain internal. */
export const TEST_POLICY: Policy = contosoPolicy();

export interface FakeOutlookPane {
  host: OutlookHost;
  services: PaneServices;
  unmount: () => void;
}

/** The fake Office over a simulated compose window, as `typeof Office`. */
export function fakeOfficeFor(host: OutlookHost): typeof Office {
  return createFakeOffice(host) as unknown as typeof Office;
}

/**
 * Renders the whole pane (theme, language, App) over a simulated compose window: a fresh one built from
 * `setup`, or a given host (to open the pane over a message something else already changed).
 * @param timeoutMs how long one Office call may take before it counts as failed (short, so hung calls fail fast)
 */
export function renderPaneWithFakeOutlook(
  setup: OutlookHostOptions | OutlookHost = {},
  policy: Policy = TEST_POLICY,
  timeoutMs = 200,
): FakeOutlookPane {
  const host = setup instanceof OutlookHost ? setup : new OutlookHost(setup);
  const office = fakeOfficeFor(host);
  const services = createPaneServices(office, { policy, timeoutMs });
  const { unmount } = render(<Pane services={services} />);
  return { host, services, unmount };
}

/** Everyone in To, Cc and Bcc, as lower-case addresses (entries without one under their name). */
export function everyone(host: OutlookHost): Set<string> {
  const { to, cc, bcc } = host.getSnapshot();
  return new Set([...to, ...cc, ...bcc].map((r) => (r.emailAddress || r.displayName).toLowerCase()));
}
