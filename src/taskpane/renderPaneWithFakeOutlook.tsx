// Test support: the task pane over the simulator's Outlook, as Outlook itself would host it.
import { configure, render } from "@testing-library/react";

import { DEFAULT_POLICY } from "../engine/index.ts";
import type { Policy } from "../engine/index.ts";
import { createPaneServices } from "../office/paneServices.ts";
import type { PaneServices } from "../office/paneServices.ts";
// eslint-disable-next-line no-restricted-imports -- tests only: the pane runs against the fake Office, never ships with it
import { createFakeOffice } from "../simulator/fakeOfficeJs/index.ts";
// eslint-disable-next-line no-restricted-imports -- tests only
import { OutlookHost, type OutlookHostOptions } from "../simulator/host/index.ts";

import { Pane } from "./Pane.tsx";

// Hundreds of recipients rendered in jsdom, with other test files running alongside, can take over a second.
configure({ asyncUtilTimeout: 5000 });

/** Contoso's policy as the tests use it: the defaults (warn at 5 parties, block at 20) with its domain internal. */
export const TEST_POLICY: Policy = { ...DEFAULT_POLICY, organization: "Contoso", internalDomains: ["contoso.com"] };

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

/** A resolved recipient as Outlook lists it. */
export function person(displayName: string, emailAddress: string): { displayName: string; emailAddress: string } {
  return { displayName, emailAddress };
}

/** `count` people, each at a different outside organisation (so each is one party). */
export function customers(count: number, start = 0): { displayName: string; emailAddress: string }[] {
  return Array.from({ length: count }, (_, i) => person(`Customer ${start + i}`, `buyer@customer${start + i}.example`));
}

/** Everyone in To, Cc and Bcc, as lower-case addresses (entries without one under their name). */
export function everyone(host: OutlookHost): Set<string> {
  const { to, cc, bcc } = host.getSnapshot();
  return new Set([...to, ...cc, ...bcc].map((r) => (r.emailAddress || r.displayName).toLowerCase()));
}
