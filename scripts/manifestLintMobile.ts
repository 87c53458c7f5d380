// The offline lint's rules for <MobileFormFactor> (Outlook for iOS and Android), from Microsoft's manifest
// reference (MobileFormFactor, ExtensionPoint, LaunchEvent) and "Implement event-based activation in Outlook
// mobile add-ins": one form factor per host, after <DesktopFormFactor>; an optional <FunctionFile> first,
// then extension points of the mobile types; launch events only of the kinds phones raise, with the
// <SourceLocation> naming the <Runtime>; no Smart Alerts (OnMessageSend) and no send mode.
import type { Document as XmlDocument, Element as XmlElement } from "@xmldom/xmldom";

import { FUNCTION_NAMES } from "../src/office/addinIds.ts";

const XSI = "http://www.w3.org/2001/XMLSchema-instance";
/** Children of a mail <Host>, in schema order. */
const HOST_ORDER = ["Runtimes", "DesktopFormFactor", "MobileFormFactor"];
const MOBILE_EXTENSION_POINTS = new Set([
  "MobileMessageReadCommandSurface",
  "MobileOnlineMeetingCommandSurface",
  "MobileLogEventAppointmentAttendee",
  "LaunchEvent",
]);
/** The launch events Outlook raises on phones, with the first app version that raises each. */
export const MOBILE_LAUNCH_EVENTS: Readonly<Record<string, string>> = {
  OnNewMessageCompose: "4.2352.0",
  OnMessageRecipientsChanged: "4.2425.0",
  OnMessageFromChanged: "4.2502.0",
};

const elements = (parent: XmlElement): XmlElement[] =>
  Array.from(parent.childNodes).filter((n): n is XmlElement => n.nodeType === 1);

/** Appends to `problems` what is wrong with the phones' part of the manifest. */
export function lintMobileFormFactor(doc: XmlDocument, problems: string[]): void {
  const hosts = Array.from(doc.getElementsByTagNameNS("*", "Host")).filter(
    (h) => h.getAttributeNS(XSI, "type") === "MailHost",
  );
  const mobiles = Array.from(doc.getElementsByTagNameNS("*", "MobileFormFactor"));
  for (const mobile of mobiles) {
    const parent = mobile.parentNode as XmlElement | null;
    if (!parent || parent.localName !== "Host" || parent.getAttributeNS(XSI, "type") !== "MailHost")
      problems.push('<MobileFormFactor> must sit in the VersionOverrides 1.1 <Host xsi:type="MailHost">');
  }
  for (const host of hosts) {
    const names = elements(host).map((e) => e.localName ?? "");
    if (names.filter((n) => n === "MobileFormFactor").length > 1) problems.push("more than one <MobileFormFactor>");
    let last = -1;
    for (const name of names) {
      const index = HOST_ORDER.indexOf(name);
      if (index < 0) continue;
      if (index < last)
        problems.push(`<${name}> is out of schema order in <Host> (Runtimes, DesktopFormFactor, MobileFormFactor)`);
      else last = index;
    }
  }

  const mobile = mobiles[0];
  if (!mobile) {
    problems.push("no <MobileFormFactor>: Outlook for iOS and Android would never run the recipients-changed warning");
    return;
  }
  const children = elements(mobile);
  const firstPoint = children.findIndex((c) => c.localName === "ExtensionPoint");
  children.forEach((child, i) => {
    if (child.localName === "FunctionFile" && firstPoint >= 0 && i > firstPoint)
      problems.push("<MobileFormFactor>: <FunctionFile> must come before the <ExtensionPoint> elements");
    else if (child.localName !== "FunctionFile" && child.localName !== "ExtensionPoint")
      problems.push(`<MobileFormFactor> cannot hold <${child.localName}>`);
  });
  const points = children.filter((c) => c.localName === "ExtensionPoint");
  if (points.length === 0) problems.push("<MobileFormFactor> needs at least one <ExtensionPoint>");

  const runtimeResid = doc.getElementsByTagNameNS("*", "Runtime")[0]?.getAttribute("resid") ?? null;
  const handled = new Set<string>();
  for (const point of points) {
    const type = point.getAttributeNS(XSI, "type") ?? "";
    if (!MOBILE_EXTENSION_POINTS.has(type)) {
      problems.push(`<MobileFormFactor>: ExtensionPoint type "${type}" does not exist on phones`);
      continue;
    }
    if (type !== "LaunchEvent") continue;
    const parts = elements(point);
    const names = parts.map((p) => p.localName);
    if (names.join(",") !== "LaunchEvents,SourceLocation")
      problems.push("<MobileFormFactor>: a LaunchEvent extension point holds <LaunchEvents> then <SourceLocation>");
    const source = parts.find((p) => p.localName === "SourceLocation");
    if (source && source.getAttribute("resid") !== runtimeResid)
      problems.push(
        "<MobileFormFactor>: the LaunchEvent <SourceLocation> must name the same resource as the <Runtime>",
      );
    for (const event of Array.from(point.getElementsByTagNameNS("*", "LaunchEvent"))) {
      const eventType = event.getAttribute("Type") ?? "";
      if (eventType === "OnMessageSend" || eventType === "OnAppointmentSend")
        problems.push(
          `<MobileFormFactor>: ${eventType} is not raised on phones (Outlook for iOS and Android has no Smart Alerts)`,
        );
      else if (!(eventType in MOBILE_LAUNCH_EVENTS))
        problems.push(`<MobileFormFactor>: LaunchEvent "${eventType}" is not raised on phones`);
      if (event.getAttribute("SendMode") !== null)
        problems.push(`<MobileFormFactor>: LaunchEvent ${eventType} cannot have a SendMode`);
      handled.add(`${eventType}:${event.getAttribute("FunctionName") ?? ""}`);
    }
  }
  if (!handled.has(`OnMessageRecipientsChanged:${FUNCTION_NAMES.onRecipientsChanged}`))
    problems.push(
      `<MobileFormFactor> does not send OnMessageRecipientsChanged to ${FUNCTION_NAMES.onRecipientsChanged}: phones would get no warning`,
    );
}
