// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";

import { customers } from "../../test/support/recipients.ts";
import { renderPaneWithFakeOutlook, TEST_POLICY } from "../../test/support/renderPaneWithFakeOutlook.tsx";

afterEach(cleanup);

describe("the pane under a monitor-mode policy", () => {
  it.each([
    ["en-GB", "Monitor mode"],
    ["fr-FR", "Mode observation"],
    ["de-DE", "Beobachtungsmodus"],
    ["es-ES", "Modo de observación"],
    ["ja-JP", "監視モード"],
  ])(
    "still shows the status and Move to Bcc, and says Send won't stop anything (%s)",
    async (displayLanguage, note) => {
      renderPaneWithFakeOutlook({ to: customers(30), displayLanguage }, { ...TEST_POLICY, mode: "monitor" });
      expect(await screen.findByText(new RegExp(`^${note}`))).toBeTruthy();
      // The verdict is enforce's: the pane tells the truth about the message even though Send lets it go.
      expect(screen.getAllByRole("button").length).toBeGreaterThan(0);
    },
  );

  it("shows the block under monitor mode as enforce would, and no note under an enforcing policy", async () => {
    renderPaneWithFakeOutlook({ to: customers(30) }, { ...TEST_POLICY, mode: "monitor" });
    expect(await screen.findByRole("group", { name: "Would be blocked" })).toBeTruthy();
    cleanup();
    renderPaneWithFakeOutlook({ to: customers(30) });
    expect(await screen.findByRole("group", { name: "Would be blocked" })).toBeTruthy();
    expect(screen.queryByText(/^Monitor mode/)).toBeNull();
  });
});
