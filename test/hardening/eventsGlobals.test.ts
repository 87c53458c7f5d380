import * as acorn from "acorn";
import { beforeAll, describe, expect, it } from "vitest";

import { builtEventsJs } from "../builtEvents.ts";

// test/eventsBundle.test.ts checks that events.js names no network, DOM or storage API. This goes one step further,
// so that a new way to reach the network cannot slip past a list of names: every global the bundle reads must be on a
// short list of ECMAScript built-ins, timers and Office, and globalThis may only be used to find Office.

/** ECMAScript's own globals (no eval, no Function: either can reach anything). */
const ECMASCRIPT = new Set(
  (
    "Array ArrayBuffer BigInt BigInt64Array BigUint64Array Boolean DataView Date Error EvalError Float32Array " +
    "Float64Array Int8Array Int16Array Int32Array Intl JSON Map Math NaN Number Object Promise Proxy RangeError " +
    "ReferenceError Reflect RegExp Set String Symbol SyntaxError TypeError URIError Uint8Array Uint8ClampedArray " +
    "Uint16Array Uint32Array WeakMap WeakSet Infinity undefined isFinite isNaN parseFloat parseInt " +
    "decodeURIComponent encodeURIComponent arguments"
  ).split(" "),
);
/** What the event runtime needs beyond ECMAScript: timers for its deadlines, and Office itself. */
const HOST = new Set(["setTimeout", "clearTimeout", "Office", "globalThis"]);

type Node = { type: string; [key: string]: unknown };

/** Names the bundle reads but never declares: its globals (a name declared anywhere counts as declared). */
function globalsRead(code: string): { globals: Set<string>; globalThisUses: string[] } {
  const ast = acorn.parse(code, { ecmaVersion: "latest", sourceType: "script" }) as unknown as Node;
  const declared = new Set<string>();
  const read = new Set<string>();
  const globalThisUses: string[] = [];
  const declare = (pattern: Node | null | undefined): void => {
    if (!pattern) return;
    if (pattern.type === "Identifier") declared.add(pattern.name as string);
    else if (pattern.type === "ObjectPattern")
      for (const p of pattern.properties as Node[]) declare(p.type === "RestElement" ? p : (p.value as Node));
    else if (pattern.type === "ArrayPattern") for (const e of pattern.elements as (Node | null)[]) declare(e);
    else if (pattern.type === "RestElement") declare(pattern.argument as Node);
    else if (pattern.type === "AssignmentPattern") declare(pattern.left as Node);
  };
  const visit = (value: unknown, parent?: Node, key?: string): void => {
    if (Array.isArray(value)) return value.forEach((child) => visit(child, parent, key));
    if (!value || typeof value !== "object" || typeof (value as Node).type !== "string") return;
    const node = value as Node;
    if (node.type === "VariableDeclarator") declare(node.id as Node);
    if (node.type.includes("Function")) {
      declare(node.id as Node);
      (node.params as Node[]).forEach(declare);
    }
    if (node.type === "CatchClause") declare(node.param as Node);
    if (node.type === "ClassDeclaration" || node.type === "ClassExpression") declare(node.id as Node);
    if (node.type === "Identifier") {
      const isPropertyName =
        (parent?.type === "MemberExpression" && key === "property" && !parent.computed) ||
        (["Property", "MethodDefinition", "PropertyDefinition"].includes(parent?.type ?? "") &&
          key === "key" &&
          !parent?.computed);
      const isLabel =
        ["LabeledStatement", "BreakStatement", "ContinueStatement"].includes(parent?.type ?? "") && key === "label";
      if (!isPropertyName && !isLabel) read.add(node.name as string);
    }
    if (
      node.type === "MemberExpression" &&
      (node.object as Node).type === "Identifier" &&
      (node.object as Node).name === "globalThis"
    ) {
      const property = node.property as Node;
      globalThisUses.push(node.computed ? "[computed]" : String(property.name));
    }
    for (const [childKey, child] of Object.entries(node)) if (childKey !== "type") visit(child, node, childKey);
  };
  visit(ast);
  return { globals: new Set([...read].filter((name) => !declared.has(name))), globalThisUses };
}

let code = "";
beforeAll(async () => {
  code = await builtEventsJs();
}, 60_000);

describe("dist/events.js reaches no network", () => {
  it("reads no global but ECMAScript built-ins, timers and Office", () => {
    const { globals } = globalsRead(code);
    expect([...globals].filter((name) => !ECMASCRIPT.has(name) && !HOST.has(name)).sort()).toEqual([]);
  });

  it("uses globalThis only to find Office", () => {
    const { globalThisUses } = globalsRead(code);
    expect(new Set(globalThisUses)).toEqual(new Set(["Office"]));
  });

  it("would be caught reading a network API through any of these routes", () => {
    // The check itself must see what it is for: these snippets each reach the network.
    for (const snippet of [
      'fetch("https://x")',
      "new XMLHttpRequest()",
      'navigator.sendBeacon("https://x")',
      'new Image().src = "https://x"',
      'self["fet" + "ch"]("https://x")',
      'globalThis["fetch"]("https://x")',
      'importScripts("https://x")',
      'new WebSocket("wss://x")',
    ]) {
      const { globals, globalThisUses } = globalsRead(snippet);
      const outside = [...globals].filter((name) => !ECMASCRIPT.has(name) && !HOST.has(name));
      expect(outside.length + globalThisUses.filter((use) => use !== "Office").length, snippet).toBeGreaterThan(0);
    }
  });
});
