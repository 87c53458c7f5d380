// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { afterEach, describe, expect, it } from "vitest";

import { customers } from "../../test/support/recipients.ts";
import { renderPaneWithFakeOutlook } from "../../test/support/renderPaneWithFakeOutlook.tsx";

afterEach(cleanup);

/**
 * The background colour the pane's theme gives its content. jsdom does not resolve CSS variables, so this finds
 * the rule that sets Fluent's background variable for an ancestor of the main landmark, as a browser would.
 */
function background(): string {
  const main = screen.getByRole("main");
  let value = "";
  for (const sheet of Array.from(document.styleSheets)) {
    for (const rule of Array.from(sheet.cssRules)) {
      if (!(rule instanceof CSSStyleRule) || !main.closest(rule.selectorText)) continue;
      value = rule.style.getPropertyValue("--colorNeutralBackground1").trim() || value;
    }
  }
  return value;
}

describe("the pane for every user", () => {
  it.each([
    { displayLanguage: "en-GB", lang: "en", button: "Move to Bcc", status: "Warning" },
    { displayLanguage: "fr-FR", lang: "fr", button: "Déplacer en Cci", status: "Avertissement" },
    { displayLanguage: "de-DE", lang: "de", button: "In Bcc verschieben", status: "Warnung" },
    { displayLanguage: "es-ES", lang: "es", button: "Mover a CCO", status: "Advertencia" },
    { displayLanguage: "ja-JP", lang: "ja", button: "BCC に移動", status: "警告" },
  ])("speaks $lang when Outlook does ($displayLanguage)", async ({ displayLanguage, lang, button, status }) => {
    renderPaneWithFakeOutlook({ to: customers(6), displayLanguage });
    expect(await screen.findByRole("group", { name: status })).toBeTruthy();
    expect(screen.getByRole("button", { name: button })).toBeTruthy();
    expect(document.documentElement.lang).toBe(lang);
  });

  it("falls back to English for a language it does not have", async () => {
    renderPaneWithFakeOutlook({ to: customers(6), displayLanguage: "pt-BR" });
    expect(await screen.findByRole("button", { name: "Move to Bcc" })).toBeTruthy();
  });

  it("writes numbers the way the language does", async () => {
    renderPaneWithFakeOutlook({ to: customers(1200), displayLanguage: "de-DE" });
    expect(
      await screen.findByText("1.200 Personen außerhalb von Contoso würden gegenseitig ihre Adressen sehen."),
    ).toBeTruthy();
  });

  it.each([
    {
      look: "light",
      theme: webLightTheme,
      colors: ["#FFFFFF", "#000000", "#F3F3F3", "#262626"],
    },
    {
      look: "dark",
      theme: webDarkTheme,
      colors: ["#262626", "#FFFFFF", "#333333", "#FFFFFF"],
    },
    {
      look: "high contrast",
      theme: teamsHighContrastTheme,
      colors: ["#000000", "#FFFFFF", "#000000", "#FFFFFF"],
    },
  ])("follows Outlook's $look theme", async ({ theme, colors }) => {
    const [
      bodyBackgroundColor = "",
      bodyForegroundColor = "",
      controlBackgroundColor = "",
      controlForegroundColor = "",
    ] = colors;
    renderPaneWithFakeOutlook({
      to: customers(1),
      officeTheme: { bodyBackgroundColor, bodyForegroundColor, controlBackgroundColor, controlForegroundColor },
    });
    await screen.findByRole("group", { name: "Safe to send" });
    expect(background()).toBe(theme.colorNeutralBackground1);
  });
});
