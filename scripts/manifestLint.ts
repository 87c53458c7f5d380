// Offline lint for the XML add-in-only manifest (Microsoft's validator needs the internet).
// Usage: npx tsx scripts/manifestLint.ts dist/manifest.xml [dist/events.js]
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import vm from "node:vm";

import { DOMParser } from "@xmldom/xmldom";
import type { Document as XmlDocument, Element as XmlElement } from "@xmldom/xmldom";

import { CONTROL_IDS } from "../src/office/addinIds.ts";

import { lintMobileFormFactor } from "./manifestLintMobile.ts";

const XSI = "http://www.w3.org/2001/XMLSchema-instance";
const APP_NS = "http://schemas.microsoft.com/office/appforoffice/1.1";
const VO11_NS = "http://schemas.microsoft.com/office/mailappversionoverrides/1.1";
const LOCALES = ["fr-FR", "de-DE", "es-ES", "ja-JP"];
const TOP_LEVEL_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "FormSettings",
  "Permissions",
  "Rule",
  "DisableEntityHighlighting",
  "VersionOverrides",
];
const REQUIRED = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "SupportUrl",
  "Hosts",
  "FormSettings",
  "Permissions",
  "Rule",
];
// Outlook's launch events (learn.microsoft.com, "Configure your Outlook add-in for event-based activation").
const LAUNCH_EVENTS = new Set([
  "OnNewMessageCompose",
  "OnNewAppointmentOrganizer",
  "OnMessageAttachmentsChanged",
  "OnAppointmentAttachmentsChanged",
  "OnMessageRecipientsChanged",
  "OnAppointmentAttendeesChanged",
  "OnAppointmentTimeChanged",
  "OnAppointmentRecurrenceChanged",
  "OnInfoBarDismissClicked",
  "OnMessageSend",
  "OnAppointmentSend",
  "OnMessageCompose",
  "OnAppointmentOrganizer",
  "OnMessageFromChanged",
  "OnAppointmentFromChanged",
  "OnSensitivityLabelChanged",
  "OnMessageReadWithCustomAttachment",
  "OnMessageReadWithCustomHeader",
  "OnMailboxItemChanged",
]);
const SEND_MODES = ["SoftBlock", "Block", "PromptUser"];
const SHORT = 125;
const LONG = 250;

export interface LintResult {
  problems: string[];
  summary: string;
}

/** Lints a manifest; with the built events.js, also checks that every FunctionName is associated there. */
export function lintManifest(xml: string, eventsJs?: string): LintResult {
  const problems: string[] = [];
  let doc: XmlDocument;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") problems.push(`not well-formed XML: ${message}`);
      },
    }).parseFromString(xml, "text/xml");
  } catch (error) {
    return { problems: [`not well-formed XML: ${(error as Error).message}`], summary: "" };
  }
  if (problems.length > 0) return { problems, summary: "" };
  const all = (name: string): XmlElement[] => Array.from(doc.getElementsByTagNameNS("*", name));
  const root = doc.documentElement;
  if (!root || root.localName !== "OfficeApp" || root.namespaceURI !== APP_NS)
    problems.push("root must be <OfficeApp> in the appforoffice/1.1 namespace");
  if (root?.getAttributeNS(XSI, "type") !== "MailApp") problems.push('<OfficeApp> must have xsi:type="MailApp"');

  const children = Array.from(root?.childNodes ?? []).filter((n): n is XmlElement => n.nodeType === 1);
  let last = -1;
  for (const child of children) {
    const index = TOP_LEVEL_ORDER.indexOf(child.localName ?? "");
    if (index < 0) problems.push(`unexpected top-level element <${child.localName}>`);
    else if (index < last) problems.push(`<${child.localName}> is out of schema order`);
    else last = index;
  }
  const names = children.map((c) => c.localName ?? "");
  for (const required of REQUIRED) if (!names.includes(required)) problems.push(`missing required <${required}>`);
  const text = (name: string) => (children.find((c) => c.localName === name)?.textContent ?? "").trim();
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text("Id")))
    problems.push(`<Id> is not a GUID: "${text("Id")}"`);
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(text("Version")))
    problems.push(`<Version> must be n.n.n.n: "${text("Version")}"`);
  if (text("Permissions") !== "ReadWriteItem")
    problems.push("<Permissions> must be ReadWriteItem (Move to Bcc writes recipients)");

  for (const name of ["DisplayName", "Description"]) {
    const el = children.find((c) => c.localName === name);
    const limit = name === "DisplayName" ? SHORT : LONG;
    checkLocalized(el, name, limit, "Override", "Value", problems);
  }
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    const value = children.find((c) => c.localName === name)?.getAttribute("DefaultValue") ?? "";
    if (!value.startsWith("https://")) problems.push(`<${name}> must be an https URL: "${value}"`);
  }
  for (const source of all("SourceLocation")) {
    const value = source.getAttribute("DefaultValue");
    if (value !== null && !value.startsWith("https://"))
      problems.push(`<SourceLocation> must be an https URL: "${value}"`);
  }

  const resources = new Map<string, { kind: string; value: string }>();
  for (const kind of ["Image", "Url", "String"]) {
    for (const el of all(kind)) {
      const id = el.getAttribute("id");
      const parent = (el.parentNode as XmlElement | null)?.localName ?? "";
      if (!id) continue;
      if (resources.has(id)) problems.push(`duplicate resource id "${id}"`);
      if (id.length > 32) problems.push(`resource id "${id}" is longer than 32 characters`);
      resources.set(id, { kind: parent, value: el.getAttribute("DefaultValue") ?? "" });
      if ((parent === "Urls" || parent === "Images") && !(el.getAttribute("DefaultValue") ?? "").startsWith("https://"))
        problems.push(`resource "${id}" must be an https URL`);
      if (parent === "ShortStrings") checkLocalized(el, `string "${id}"`, SHORT, "Override", "Value", problems);
      if (parent === "LongStrings") checkLocalized(el, `string "${id}"`, LONG, "Override", "Value", problems);
    }
  }
  for (const el of Array.from(doc.getElementsByTagName("*"))) {
    const resid = el.getAttribute("resid");
    if (resid !== null && !resources.has(resid))
      problems.push(`<${el.localName} resid="${resid}"> has no matching resource`);
  }
  const sizes = new Set(
    all("Image")
      .filter((i) => i.getAttribute("size"))
      .map((i) => i.getAttribute("size")),
  );
  for (const size of ["16", "32", "80"]) if (!sizes.has(size)) problems.push(`button icons lack the ${size} px size`);
  for (const size of ["16", "32", "64", "80", "128"])
    if (![...resources.values()].some((r) => r.kind === "Images" && r.value.endsWith(`icon-${size}.png`)))
      problems.push(`no ${size} px icon resource`);

  const vo11 = all("VersionOverrides").find((v) => v.namespaceURI === VO11_NS);
  if (!vo11) problems.push("launch events need VersionOverrides 1.1");
  const minSet = all("Sets")
    .find((s) => s.getAttribute("DefaultMinVersion"))
    ?.getAttribute("DefaultMinVersion");
  if (minSet !== "1.14") problems.push(`VersionOverrides must require Mailbox 1.14 (found ${minSet ?? "none"})`);

  const controlIds = all("Control").map((c) => c.getAttribute("id") ?? "");
  for (const id of Object.values(CONTROL_IDS))
    if (!controlIds.includes(id)) problems.push(`no <Control id="${id}"> (the send handler's commandId)`);

  const runtimes = all("Runtime");
  const events = all("LaunchEvent");
  for (const event of events) {
    const type = event.getAttribute("Type") ?? "";
    if (!LAUNCH_EVENTS.has(type)) problems.push(`unknown LaunchEvent Type "${type}"`);
    const mode = event.getAttribute("SendMode");
    // The three modes Microsoft defines for Smart Alerts; the admin build chooses one with --send-mode.
    if (mode !== null && !SEND_MODES.includes(mode)) problems.push(`LaunchEvent ${type}: bad SendMode "${mode}"`);
    if (type === "OnMessageSend" && mode === null)
      problems.push(`OnMessageSend needs a SendMode: ${SEND_MODES.join(", ")}`);
  }
  if (events.length > 0) {
    const runtime = runtimes[0];
    if (!runtime) problems.push("launch events need a <Runtime>");
    const override = all("Override").find((o) => o.getAttribute("type") === "javascript");
    if (!override) problems.push('the <Runtime> needs <Override type="javascript"> for classic Outlook on Windows');
    const launchPoint = all("ExtensionPoint").find((e) => e.getAttributeNS(XSI, "type") === "LaunchEvent");
    const launchSource = Array.from(launchPoint?.childNodes ?? []).find(
      (n): n is XmlElement => n.nodeType === 1 && (n as XmlElement).localName === "SourceLocation",
    );
    if (launchSource?.getAttribute("resid") !== runtime?.getAttribute("resid"))
      problems.push("the LaunchEvent <SourceLocation> must name the same resource as the <Runtime>");
  }

  lintMobileFormFactor(doc, problems);

  const functionNames = [
    ...events.map((e) => e.getAttribute("FunctionName") ?? ""),
    ...all("FunctionName").map((f) => (f.textContent ?? "").trim()),
  ];
  if (eventsJs !== undefined) {
    const associated = associatedNames(eventsJs);
    for (const name of functionNames)
      if (!associated.includes(name))
        problems.push(`FunctionName "${name}" is not associated in events.js (Office.actions.associate)`);
  }
  return {
    problems,
    summary: `${children.length} top-level elements, ${resources.size} resources, ${events.length} launch events, ${controlIds.length} controls, functions ${functionNames.join(", ")}`,
  };
}

/** Runs the built events.js in a bare context with only an `Office` global and records what it associates. */
export function associatedNames(eventsJs: string): string[] {
  const names: string[] = [];
  const Office = { actions: { associate: (name: string) => names.push(name) } };
  try {
    new vm.Script(eventsJs, { filename: "events.js" }).runInContext(vm.createContext({ Office }));
  } catch {
    // A bundle that throws at load associates nothing; the lint then names every missing function.
  }
  return names;
}

function checkLocalized(
  el: XmlElement | undefined,
  what: string,
  limit: number,
  overrideTag: string,
  attr: string,
  problems: string[],
) {
  if (!el) return;
  const value = el.getAttribute("DefaultValue") ?? "";
  if (value.length > limit) problems.push(`${what} is longer than ${limit} characters`);
  const overrides = Array.from(el.getElementsByTagNameNS("*", overrideTag));
  for (const locale of LOCALES) {
    const override = overrides.find((o) => o.getAttribute("Locale") === locale);
    if (!override) problems.push(`${what} has no ${locale} override`);
    else if ((override.getAttribute(attr) ?? "").length > limit)
      problems.push(`${what} (${locale}) is longer than ${limit} characters`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [manifestPath, eventsPath] = process.argv.slice(2);
  if (!manifestPath) {
    console.error("usage: manifestLint MANIFEST.xml [events.js]");
    process.exit(2);
  }
  const result = lintManifest(
    readFileSync(manifestPath, "utf8"),
    eventsPath ? readFileSync(eventsPath, "utf8") : undefined,
  );
  for (const problem of result.problems) console.error(`✗ ${manifestPath}: ${problem}`);
  if (result.problems.length > 0) process.exit(1);
  console.log(`✓ ${manifestPath}: ${result.summary}`);
}
