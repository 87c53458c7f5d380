import vm from "node:vm";
import { gzipSync } from "node:zlib";

import * as acorn from "acorn";
import providers from "email-providers/all.json";
import { beforeAll, describe, expect, it } from "vitest";

import { DEFAULT_POLICY } from "../src/engine/index.ts";
import { packDomains } from "../src/engine/packedDomains.ts";
import { createOutlookHost } from "../src/simulator/host/outlookHost.ts";
import { createFakeOffice } from "../src/simulator/fakeOfficeJs/fakeOffice.ts";

import { builtEventsJs } from "./builtEvents.ts";

let code = "";
beforeAll(async () => {
  code = await builtEventsJs();
}, 60_000);

/** Runs the bundle as classic Outlook on Windows would: a bare context whose only non-standard global is Office. */
function loadInBareRuntime(office: unknown) {
  const context = vm.createContext({ Office: office, setTimeout, clearTimeout });
  new vm.Script(code, { filename: "events.js" }).runInContext(context);
  return context;
}

describe("dist/events.js", () => {
  it("parses as an ES2016 classic script", () => {
    expect(() => acorn.parse(code, { ecmaVersion: 2016, sourceType: "script" })).not.toThrow();
  });

  it("has no module syntax, no dynamic import and no require", () => {
    const ast = acorn.parse(code, { ecmaVersion: "latest", sourceType: "script" });
    const found: string[] = [];
    const walk = (node: unknown): void => {
      if (!node || typeof node !== "object") return;
      const n = node as { type?: string; callee?: { name?: string } };
      if (n.type === "ImportExpression" || n.type === "ImportDeclaration" || n.type?.startsWith("Export"))
        found.push(n.type);
      if (n.type === "CallExpression" && n.callee?.name === "require") found.push("require()");
      for (const value of Object.values(node)) {
        if (Array.isArray(value)) value.forEach(walk);
        else if (value && typeof value === "object") walk(value);
      }
    };
    walk(ast);
    expect(found).toEqual([]);
  });

  it("uses no network, DOM or storage API", () => {
    // The provider list is data (it holds domains such as fetchmail.co.uk): search the code around it.
    const logic = code.replace(packDomains(providers), "DATA");
    expect(logic.length).toBeLessThan(code.length);
    for (const api of [
      "fetch",
      "XMLHttpRequest",
      "WebSocket",
      "sendBeacon",
      "localStorage",
      "sessionStorage",
      "document.",
      "window.",
    ]) {
      expect(logic, api).not.toContain(api);
    }
    expect(code).not.toMatch(/\beval\s*\(|new Function\s*\(/);
  });

  it("carries neither React, Fluent nor the schema validator", () => {
    expect(code).not.toMatch(/react|fluentui|griffel/i);
    expect(code).not.toContain("toJSONSchema");
  });

  it("carries the ICANN Public Suffix List only, never the full tldts the policy check uses", () => {
    // Private-section platforms (blogspot, github.io) appear in full tldts's data, never in tldts-icann's.
    expect(code).not.toMatch(/blogspot|herokuapp/);
  });

  it("carries the whole provider list, packed from the installed package at build time, and our relay list", () => {
    // packedDomains.test.ts checks that the packed form unpacks to exactly the package's list.
    expect(code.includes(packDomains(providers)), "the packed provider list").toBe(true);
    expect(code).not.toContain(JSON.stringify(providers.slice(0, 3)).slice(1, -1));
    for (const marker of ["privaterelay.appleid.com", "guest.booking.com"]) expect(code).toContain(marker);
  });

  it("stays within 100 KB gzip, the domain lists included", () => {
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(100 * 1024);
  });

  it("loads with only an Office global and associates the manifest's three functions at the top level", () => {
    const names: string[] = [];
    const context = loadInBareRuntime({ actions: { associate: (name: string) => names.push(name) } });
    expect(names.sort()).toEqual(["moveToBcc", "onMessageRecipientsChangedHandler", "onMessageSendHandler"]);
    expect(vm.runInContext("typeof window + typeof document + typeof localStorage", context)).toBe(
      "undefinedundefinedundefined",
    );
  });

  it("blocks 300 customers in To when run in the bare runtime against the fake Outlook", async () => {
    const host = createOutlookHost();
    host.userSetRecipients(
      "to",
      Array.from({ length: 300 }, (_, i) => ({ emailAddress: `customer${i}@gmail.com`, displayName: `Customer ${i}` })),
    );
    loadInBareRuntime(createFakeOffice(host));
    const outcome = await host.dispatch("onMessageSendHandler", { type: "messageSend" });
    expect(outcome).toMatchObject({ completed: true, options: { allowEvent: false, commandId: "moveToBccButton" } });
    expect(host.lastDispatch?.completedCalls).toBe(1);
  });

  it("compiles the policy in: the default policy's thresholds decide", async () => {
    const host = createOutlookHost();
    const warnAt = DEFAULT_POLICY.thresholds.warnAt;
    host.userSetRecipients(
      "to",
      Array.from({ length: warnAt }, (_, i) => ({ emailAddress: `p@org${i}.example`, displayName: `P ${i}` })),
    );
    loadInBareRuntime(createFakeOffice(host));
    const outcome = await host.dispatch("onMessageSendHandler", { type: "messageSend" });
    expect(outcome).toMatchObject({ completed: true, options: { allowEvent: false, sendModeOverride: "promptUser" } });
  });
});
