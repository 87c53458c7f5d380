import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

/** What the engine may import besides itself: the validator, punycode, and the domain-data packages. */
const ENGINE_IMPORTS =
  "^(?!\\.|zod$|punycode/punycode\\.es6\\.js$|tldts-icann/dist/index\\.esm\\.min\\.js$|tldts-icann/package\\.json$|email-providers/(all|package)\\.json$)";

const layer = (name, message) => ({ group: [`**/${name}/**`, `../${name}/*`], message });

/** Test support (fakes, builders, fast-check) lives in test/ and never reaches a shipped file. */
const TEST_CODE = { group: ["**/test/**"], message: "Shipped code never imports test support (test/)." };

export default tseslint.config(
  { ignores: ["dist/**", ".simulator-build/**", "node_modules/**", "coverage/**", "reports/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: "latest", sourceType: "module" },
    rules: {
      "no-template-curly-in-string": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.name='eval']", message: "No eval: the add-in runs in Outlook's sandbox." },
        { selector: "NewExpression[callee.name='Function']", message: "No new Function: it is eval by another name." },
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: "No innerHTML: build DOM nodes or use React.",
        },
        {
          selector: "MemberExpression[property.name='outerHTML']",
          message: "No outerHTML: build DOM nodes or use React.",
        },
      ],
    },
  },
  { files: ["src/**/*.tsx", "src/taskpane/hooks/**", "src/simulator/page/**"], ...reactHooks.configs.flat.recommended },
  {
    files: ["src/engine/**"],
    ignores: ["src/engine/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            layer("office", "The engine is pure: Office access belongs in src/office."),
            layer("events", "The engine is pure and sits below src/events."),
            layer("taskpane", "The engine is pure and sits below src/taskpane."),
            layer("cli", "The engine sits below src/cli."),
            layer("simulator", "The engine sits below src/simulator."),
            TEST_CODE,
            {
              regex: ENGINE_IMPORTS,
              message:
                "The engine may import only itself, zod, punycode and the domain data (tldts-icann, email-providers).",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", "window", "document", "Office", "process", "fetch", "localStorage", "console"],
    },
  },
  {
    // The full Public Suffix List (private section included) is for the policy check in Node only: it must never
    // reach the bundles, which carry tldts-icann. Only this file may import it, and only the schema imports this file.
    files: ["src/engine/publicSuffixCheck.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: ENGINE_IMPORTS.replace("|zod$", "|zod$|tldts$"), message: "Only the full tldts." },
            TEST_CODE,
          ],
        },
      ],
    },
  },
  {
    files: ["src/office/**"],
    ignores: ["**/*.test.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            layer("events", "src/office sits below src/events."),
            layer("taskpane", "src/office sits below src/taskpane."),
            layer("simulator", "src/office must not depend on the simulator."),
            { group: ["react", "react-dom", "@fluentui/*"], message: "src/office has no UI." },
            TEST_CODE,
          ],
        },
      ],
    },
  },
  {
    files: ["src/events/**"],
    ignores: ["**/*.test.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            layer("taskpane", "events and taskpane never import each other."),
            layer("simulator", "The events bundle ships to users; the simulator never does."),
            {
              group: ["react", "react-dom", "@fluentui/*"],
              message: "The events bundle is a tiny classic script: no UI libraries.",
            },
            TEST_CODE,
          ],
        },
      ],
      "no-restricted-globals": ["error", "window", "document", "localStorage", "fetch", "XMLHttpRequest", "Office"],
    },
  },
  {
    files: ["src/taskpane/**"],
    ignores: ["**/*.test.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            layer("events", "events and taskpane never import each other."),
            layer("simulator", "The task pane ships to users; the simulator never does."),
            TEST_CODE,
          ],
        },
      ],
    },
  },
  {
    // The CLI ships too (bin/bcc-guard.js): the policy check and the audit run on admins' machines.
    files: ["src/cli/**"],
    ignores: ["**/*.test.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [TEST_CODE] }] },
  },
  {
    files: ["src/{engine,events,taskpane}/**"],
    ignores: ["**/*.test.{ts,tsx}"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "globalThis", property: "Office", message: "Only src/office touches Office.js." },
      ],
    },
  },
  {
    files: ["src/{taskpane,cli}/**"],
    ignores: ["**/*.test.{ts,tsx}"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "Only src/office touches Office.js; take what you need from it." },
      ],
    },
  },
);
