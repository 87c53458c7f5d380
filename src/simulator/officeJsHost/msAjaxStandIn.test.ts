import { readFileSync } from "node:fs";
import vm from "node:vm";

import { describe, expect, it } from "vitest";

import { MS_AJAX_STAND_IN_FILE } from "./officeJsFiles.ts";

interface Loaded {
  Sys: { StringBuilder: unknown; Serialization: { JavaScriptSerializer: { serialize(v: unknown): string } } };
  Type: { registerNamespace(name: string): void; registerClass: unknown };
  Function: { _validateParams: unknown };
  Error: { argument(name: string, message?: string): Error; parameterCount(): Error };
  [key: string]: unknown;
}

/** Runs the stand-in as a classic script in a fresh global, after Office.js made Type an alias of Function. */
function load(): Loaded {
  const context = vm.createContext({});
  vm.runInContext("var Type = Function;", context);
  vm.runInContext(readFileSync(MS_AJAX_STAND_IN_FILE, "utf8"), context);
  return vm.runInContext("this", context) as Loaded;
}

describe("the MicrosoftAjax stand-in", () => {
  it("passes the probe Office.js's Outlook part makes before it will run", () => {
    const g = load();
    expect(typeof g.Sys.StringBuilder).toBe("function");
    expect(typeof g.Type.registerNamespace).toBe("function");
    expect(typeof g.Type.registerClass).toBe("function");
    expect(typeof g.Function._validateParams).toBe("function");
    expect(g.Sys.Serialization.JavaScriptSerializer.serialize({ a: 1 })).toBe('{"a":1}');
    g.Type.registerNamespace("Contoso.Mail");
    expect(g.Contoso).toEqual({ Mail: {} });
  });

  it("lets every function register itself as a class, as the localised string files of Office.js do", () => {
    const context = vm.createContext({});
    vm.runInContext("var Type = Function;", context);
    vm.runInContext(readFileSync(MS_AJAX_STAND_IN_FILE, "utf8"), context);
    // The first lines of fr-fr/office_strings.js, which (unlike en-us) call registerClass without checking.
    const strings = vm.runInContext(
      `Type.registerNamespace("Strings");
       Strings.OfficeOM = function () {};
       Strings.OfficeOM.registerClass("Strings.OfficeOM");
       Strings.OfficeOM.L_RequestTimeout = "L’exécution de l’appel a pris trop de temps.";
       Strings.OfficeOM`,
      context,
    ) as { L_RequestTimeout: string; __typeName: string };
    expect(strings.L_RequestTimeout).toBe("L’exécution de l’appel a pris trop de temps.");
    expect(strings.__typeName).toBe("Strings.OfficeOM");
  });

  it("validates argument counts, nulls and types as the XDM plumbing expects", () => {
    const context = vm.createContext({});
    vm.runInContext("var Type = Function;", context);
    vm.runInContext(readFileSync(MS_AJAX_STAND_IN_FILE, "utf8"), context);
    // Specs and arguments are made inside the page's realm, where String and Function are the page's own.
    const check = (call: string) =>
      vm.runInContext(
        `(function () {
          var specs = [
            { name: "methodName", type: String, mayBeNull: false },
            { name: "callback", type: Function, mayBeNull: true },
            { name: "data", mayBeNull: true, optional: true },
          ];
          return (function () { return Function._validateParams(arguments, specs); })(${call});
        })()`,
        context,
      ) as Error | null;
    expect(check(`"ExecuteMethod", null`)).toBeNull();
    expect(check(`"ExecuteMethod", function () {}, { a: 1 }`)).toBeNull();
    expect(check(`"ExecuteMethod"`)?.name).toBe("Sys.ParameterCountException");
    expect(check(`"a", null, 1, 2`)?.name).toBe("Sys.ParameterCountException");
    expect(check(`null, null`)?.message).toMatch(/Null.*\n.*methodName/s);
    expect(check(`7, null`)?.name).toBe("Sys.ArgumentTypeException");
  });

  it("builds Office.js's argument errors with their Sys names", () => {
    const { Error: E } = load();
    expect(E.argument("invokeType").message).toBe(
      "Sys.ArgumentException: Value does not fall within the expected range.\nParameter name: invokeType",
    );
    expect(E.parameterCount().name).toBe("Sys.ParameterCountException");
  });
});
