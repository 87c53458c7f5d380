import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import { lintManifest } from "../scripts/manifestLint.ts";
import { MOBILE_LAUNCH_EVENTS } from "../scripts/manifestLintMobile.ts";
import { productionManifest } from "../scripts/buildAddin.ts";
import { CONTROL_IDS, FUNCTION_NAMES } from "../src/office/addinIds.ts";

import { builtEventsJs } from "./builtEvents.ts";

const devManifest = readFileSync(new URL("../manifest.xml", import.meta.url), "utf8");
let eventsJs = "";
beforeAll(async () => {
  eventsJs = await builtEventsJs();
}, 60_000);

const hasXmllint = spawnSync("xmllint", ["--version"]).status === 0;

describe("manifest.xml", () => {
  it("passes the offline lint, with every FunctionName associated in the built events.js", () => {
    expect(lintManifest(devManifest, eventsJs).problems).toEqual([]);
  });

  it.runIf(hasXmllint)("is well-formed XML for xmllint", () => {
    const dir = mkdtempSync(join(tmpdir(), "manifest-"));
    writeFileSync(join(dir, "manifest.xml"), devManifest);
    expect(() => execFileSync("xmllint", ["--noout", join(dir, "manifest.xml")])).not.toThrow();
  });

  it("declares the handlers and controls the code uses", () => {
    for (const name of Object.values(FUNCTION_NAMES)) expect(devManifest).toContain(name);
    for (const id of Object.values(CONTROL_IDS)) expect(devManifest).toContain(`id="${id}"`);
    expect(devManifest).toContain(
      '<LaunchEvent Type="OnMessageSend" FunctionName="onMessageSendHandler" SendMode="SoftBlock"/>',
    );
  });

  it("moves every URL under the admin's base URL and sets the version in the production manifest", () => {
    const prod = productionManifest("https://addins.contoso.com/bcc-guard/", "2.3.0.1");
    expect(prod).not.toContain("localhost");
    expect(prod).toContain('DefaultValue="https://addins.contoso.com/bcc-guard/events.js"');
    expect(prod).toContain("<Version>2.3.0.1</Version>");
    expect(lintManifest(prod, eventsJs).problems).toEqual([]);
  });
});

describe("the manifest lint", () => {
  it.for(["soft-block", "block", "prompt-user"] as const)("accepts the send mode %s", (mode) => {
    expect(lintManifest(productionManifest("https://addins.contoso.com/", "1.0.0.0", mode), eventsJs).problems).toEqual(
      [],
    );
  });

  it.each([
    ["a truncated file", (m: string) => m.slice(0, 2000), /not well-formed/],
    [
      "a resid with no resource",
      (m: string) => m.replace('resid="Taskpane.Url"', 'resid="Missing.Url"'),
      /Missing\.Url.*no matching resource/,
    ],
    [
      "an http URL",
      (m: string) => m.replace("https://localhost:3000/events.js", "http://localhost:3000/events.js"),
      /https/,
    ],
    [
      "a misspelt launch event",
      (m: string) => m.replace('Type="OnMessageSend"', 'Type="OnMessageSent"'),
      /unknown LaunchEvent Type "OnMessageSent"/,
    ],
    [
      "a handler events.js does not associate",
      (m: string) => m.replace('FunctionName="onMessageSendHandler"', 'FunctionName="onSend"'),
      /"onSend" is not associated/,
    ],
    [
      "a label over 125 characters",
      (m: string) => m.replace('DefaultValue="Move to Bcc"', `DefaultValue="${"x".repeat(126)}"`),
      /longer than 125/,
    ],
    [
      "a missing Japanese override",
      (m: string) => m.replace('<bt:Override Locale="ja-JP" Value="BCC に移動"/>', ""),
      /ja-JP/,
    ],
    [
      "a control id the send handler needs",
      (m: string) => m.replace('id="moveToBccButton"', 'id="moveButton"'),
      /moveToBccButton/,
    ],
    [
      "a lower requirement set",
      (m: string) => m.replace('DefaultMinVersion="1.14"', 'DefaultMinVersion="1.12"'),
      /1\.14/,
    ],
    ["a non-GUID id", (m: string) => m.replace(/<Id>[^<]+<\/Id>/, "<Id>bcc-guard</Id>"), /GUID/],
    [
      "a send mode Microsoft does not define",
      (m: string) => m.replace('SendMode="SoftBlock"', 'SendMode="Soft"'),
      /bad SendMode "Soft"/,
    ],
    [
      "an OnMessageSend without a send mode",
      (m: string) => m.replace(' SendMode="SoftBlock"', ""),
      /OnMessageSend needs a SendMode/,
    ],
  ])("finds %s", (_what, mutate, expected) => {
    const problems = lintManifest(mutate(devManifest), eventsJs).problems;
    expect(problems.some((p) => expected.test(p))).toBe(true);
  });
});

describe("the phones' part of the manifest (Outlook for iOS and Android)", () => {
  const mobile = () => {
    const start = devManifest.indexOf("<MobileFormFactor>");
    return devManifest.slice(start, devManifest.indexOf("</MobileFormFactor>") + "</MobileFormFactor>".length);
  };
  const desktop = () => {
    const start = devManifest.indexOf("<DesktopFormFactor>");
    return devManifest.slice(start, devManifest.indexOf("</DesktopFormFactor>") + "</DesktopFormFactor>".length);
  };

  it("declares recipients-changed and new-message launch events after the desktop form factor, with no Smart Alert", () => {
    expect(devManifest.indexOf("</DesktopFormFactor>")).toBeLessThan(devManifest.indexOf("<MobileFormFactor>"));
    expect(mobile()).toContain('<ExtensionPoint xsi:type="LaunchEvent">');
    expect(mobile()).toContain(
      '<LaunchEvent Type="OnMessageRecipientsChanged" FunctionName="onMessageRecipientsChangedHandler"/>',
    );
    expect(mobile()).toContain('<SourceLocation resid="WebViewRuntime.Url"/>');
    expect(mobile()).not.toContain("OnMessageSend");
    expect(mobile()).not.toContain("SendMode");
    for (const type of mobile().match(/Type="[^"]+"/g) ?? [])
      expect(Object.keys(MOBILE_LAUNCH_EVENTS)).toContain(type.slice(6, -1));
  });

  it("leaves the desktop form factor as it was: the Smart Alert and the ribbon stay there only", () => {
    expect(desktop()).toContain('<LaunchEvent Type="OnMessageSend"');
    expect(desktop()).toContain("MessageComposeCommandSurface");
    expect(devManifest.match(/<MobileFormFactor>/g)).toHaveLength(1);
  });

  it.each([
    [
      "OnMessageSend under MobileFormFactor",
      (m: string) =>
        m.replace(
          '<LaunchEvent Type="OnNewMessageCompose"',
          '<LaunchEvent Type="OnMessageSend" FunctionName="onMessageSendHandler"/><LaunchEvent Type="OnNewMessageCompose"',
        ),
      /OnMessageSend is not raised on phones/,
    ],
    [
      "a send mode on a phone's launch event",
      (m: string) =>
        m.replace(
          '<LaunchEvent Type="OnNewMessageCompose" FunctionName="onMessageRecipientsChangedHandler"/>',
          '<LaunchEvent Type="OnNewMessageCompose" FunctionName="onMessageRecipientsChangedHandler" SendMode="SoftBlock"/>',
        ),
      /cannot have a SendMode/,
    ],
    [
      "a launch event phones do not raise",
      (m: string) => m.replace('Type="OnNewMessageCompose"', 'Type="OnMessageAttachmentsChanged"'),
      /"OnMessageAttachmentsChanged" is not raised on phones/,
    ],
    [
      "the mobile form factor before the desktop one",
      (m: string) => {
        const start = m.indexOf("          <!--\n            Outlook for iOS");
        const end = m.indexOf("</MobileFormFactor>") + "</MobileFormFactor>".length;
        const block = m.slice(start, end);
        const without = m.slice(0, start) + m.slice(end);
        const at = without.indexOf("          <DesktopFormFactor>");
        return without.slice(0, at) + block + "\n" + without.slice(at);
      },
      /out of schema order in <Host>/,
    ],
    [
      "a missing SourceLocation",
      (m: string) =>
        m.replace(
          /(<\/LaunchEvents>\s*)<SourceLocation resid="WebViewRuntime.Url"\/>(\s*<\/ExtensionPoint>\s*<\/MobileFormFactor>)/,
          "$1$2",
        ),
      /holds <LaunchEvents> then <SourceLocation>/,
    ],
    [
      "a SourceLocation that is not the runtime",
      (m: string) =>
        m.replace(
          /(<\/LaunchEvents>\s*)<SourceLocation resid="WebViewRuntime.Url"\/>(\s*<\/ExtensionPoint>\s*<\/MobileFormFactor>)/,
          '$1<SourceLocation resid="Taskpane.Url"/>$2',
        ),
      /must name the same resource as the <Runtime>/,
    ],
    [
      "a desktop ribbon under MobileFormFactor",
      (m: string) =>
        m.replace(
          "<MobileFormFactor>",
          '<MobileFormFactor><ExtensionPoint xsi:type="MessageComposeCommandSurface"></ExtensionPoint>',
        ),
      /"MessageComposeCommandSurface" does not exist on phones/,
    ],
    [
      "a FunctionFile after the extension points",
      (m: string) => m.replace("</MobileFormFactor>", '<FunctionFile resid="WebViewRuntime.Url"/></MobileFormFactor>'),
      /<FunctionFile> must come before/,
    ],
    [
      "no recipients-changed event for phones",
      (m: string) =>
        m.replace(/(<MobileFormFactor>[\s\S]*)<LaunchEvent Type="OnMessageRecipientsChanged"[^>]*\/>/, "$1"),
      /phones would get no warning/,
    ],
    [
      "no mobile form factor at all",
      (m: string) => m.replace(/<MobileFormFactor>[\s\S]*<\/MobileFormFactor>/, ""),
      /no <MobileFormFactor>/,
    ],
  ])("finds %s", (_what, mutate, expected) => {
    const mutated = mutate(devManifest);
    expect(mutated).not.toBe(devManifest);
    const problems = lintManifest(mutated, eventsJs).problems;
    expect(
      problems.some((p) => expected.test(p)),
      problems.join("\n"),
    ).toBe(true);
  });

  it("accepts an optional FunctionFile before the launch events, as the MobileFormFactor reference allows", () => {
    const withFile = devManifest.replace(
      "<MobileFormFactor>",
      '<MobileFormFactor><FunctionFile resid="WebViewRuntime.Url"/>',
    );
    expect(lintManifest(withFile, eventsJs).problems).toEqual([]);
  });
});
