/*
 * BCC Guard's own stand-in for ASP.NET AJAX 3.5's MicrosoftAjax.js, which the Outlook part of Office.js loads
 * from https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js and which the @microsoft/office-js package lacks.
 * The simulator serves this file at that URL. It provides only what Office.js 1.1.110 touches: the Type and
 * Sys namespaces it probes, registerClass on every function (the localised string files use it),
 * Function._validateParams (argument checks in its postMessage plumbing),
 * Error.argument and Error.parameterCount, Sys.Debug.trace, and JSON serialisation. A classic script.
 */
(function (global) {
  "use strict";

  function sysError(name, text, paramName) {
    var error = new Error(name + ": " + text + (paramName ? "\nParameter name: " + paramName : ""));
    error.name = name;
    if (paramName) error.paramName = paramName;
    return error;
  }

  // Office.js may already have made Type a bare alias of Function while it waited for this file.
  var Type = global.Type || (global.Type = Function);
  Type.registerNamespace = function (namespace) {
    String(namespace)
      .split(".")
      .reduce(function (parent, part) {
        return (parent[part] = parent[part] || {});
      }, global);
  };
  // As in ASP.NET AJAX, every function can be registered as a class: the localised string files (all but
  // en-us, which checks first) declare `Strings.OfficeOM` and `_u.ExtensibilityStrings` as classes this way,
  // and throw before setting a single string when the method is missing.
  Type.prototype.registerClass = function (typeName, baseType) {
    this.__typeName = typeName;
    this.__class = true;
    if (baseType) this.__baseType = baseType;
    return this;
  };

  var Sys = (global.Sys = global.Sys || {});
  Sys.StringBuilder = function StringBuilder() {};
  Sys.Serialization = { JavaScriptSerializer: { serialize: JSON.stringify, deserialize: JSON.parse } };
  Sys.Debug = { trace: function () {} };
  Sys.Browser = { agent: null, InternetExplorer: {} };

  Error.argument = function (paramName, message) {
    return sysError("Sys.ArgumentException", message || "Value does not fall within the expected range.", paramName);
  };
  Error.parameterCount = function (message) {
    return sysError("Sys.ParameterCountException", message || "Parameter count mismatch.");
  };

  var primitiveTypes = [
    [String, "string"],
    [Number, "number"],
    [Boolean, "boolean"],
    [Function, "function"],
  ];

  function hasType(value, type) {
    if (type === Object) return true;
    if (type === Array) return Array.isArray(value);
    for (var i = 0; i < primitiveTypes.length; i++) {
      if (primitiveTypes[i][0] === type) return typeof value === primitiveTypes[i][1] || value instanceof type;
    }
    return value instanceof type;
  }

  // Returns the first problem with `args` (an arguments object) against `specs`, or null.
  Function._validateParams = function (args, specs, checkCount) {
    var count = args && typeof args.length === "number" ? args.length : 0;
    var required = specs.filter(function (spec) {
      return !spec.optional && !spec.parameterArray;
    }).length;
    var open = specs.some(function (spec) {
      return spec.parameterArray;
    });
    if (count < required || (checkCount !== false && !open && count > specs.length)) return Error.parameterCount();
    for (var i = 0; i < Math.min(count, specs.length); i++) {
      var spec = specs[i];
      var value = args[i];
      if (value === undefined || value === null) {
        if (!spec.mayBeNull) return sysError("Sys.ArgumentNullException", "Value cannot be null.", spec.name);
      } else if (spec.type && !hasType(value, spec.type)) {
        return sysError("Sys.ArgumentTypeException", "Object cannot be converted to the required type.", spec.name);
      }
    }
    return null;
  };
})(globalThis);
