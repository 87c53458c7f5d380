import { describe, expect, it } from "vitest";
import {
  OfficeArgumentError,
  validateNotificationDetails,
  validateNotificationKey,
  validateRecipients,
  validateSubject,
} from "./clientValidation.ts";

const info = { type: "informationalMessage", message: "Heads up", icon: "icon-16", persistent: false };
const insightAction = { actionType: "showTaskPane", actionText: "Review", commandId: "openPane" };
const insight = {
  type: "insightMessage",
  message: "42 people can see each other",
  icon: "icon-16",
  actions: [insightAction],
};

describe("validateRecipients", () => {
  it("throws Sys.ArgumentOutOfRangeException naming recipients and the count above 100", () => {
    const list = Array.from({ length: 101 }, (_, i) => `p${i}@fabrikam.com`);
    expect(() => validateRecipients(list)).toThrow(OfficeArgumentError);
    expect(() => validateRecipients(list)).toThrow(/Sys\.ArgumentOutOfRangeException.*recipients.*101/s);
    expect(validateRecipients(list.slice(0, 100))).toHaveLength(100);
  });

  it.each([
    ["a 256-character display name", [{ emailAddress: "a@b.com", displayName: "n".repeat(256) }], /OutOfRange.*256/s],
    [
      "a 572-character address",
      [{ emailAddress: `${"a".repeat(572 - "@fabrikam.com".length)}@fabrikam.com` }],
      /OutOfRange.*572/s,
    ],
    ["an empty string", [""], /Sys\.ArgumentException/],
    ["an object with neither address nor name", [{ displayName: "" }], /Sys\.ArgumentException/],
    ["a number", [42], /Sys\.ArgumentException/],
    ["a list that is not an array", "a@b.com", /Sys\.ArgumentException/],
  ])("rejects %s", (_label, input, message) => {
    expect(() => validateRecipients(input)).toThrow(message);
  });

  it("lets a display name without an address through, as Office.js does", () => {
    expect(validateRecipients([{ displayName: "Team" }])).toEqual([{ emailAddress: "", displayName: "Team" }]);
  });

  it("accepts the longest name and address Outlook allows", () => {
    const emailAddress = `${"a".repeat(571 - "@fabrikam.com".length)}@fabrikam.com`;
    expect(validateRecipients([{ emailAddress, displayName: "n".repeat(255) }])).toHaveLength(1);
  });

  it("turns a string into address and name and drops properties Office.js does not send", () => {
    expect(
      validateRecipients([
        "ann@fabrikam.com",
        { emailAddress: "bob@tailspin.com", displayName: "Bob", recipientType: "user" },
      ]),
    ).toEqual([
      { emailAddress: "ann@fabrikam.com", displayName: "ann@fabrikam.com" },
      { emailAddress: "bob@tailspin.com", displayName: "Bob" },
    ]);
  });
});

describe("validateNotificationDetails", () => {
  it.each([
    ["a 151-character message", { ...info, message: "m".repeat(151) }, /OutOfRange.*message.*151/s],
    ["an empty message", { ...info, message: "" }, /message/],
    ["an informational message without icon", { type: "informationalMessage", message: "m", persistent: true }, /icon/],
    [
      "an informational message without persistent",
      { type: "informationalMessage", message: "m", icon: "i" },
      /persistent/,
    ],
    ["a non-boolean persistent", { ...info, persistent: "yes" }, /ArgumentTypeException.*persistent/s],
    ["an informational message with actions", { ...info, actions: [insightAction] }, /actions/],
    ["a 33-character icon", { ...info, icon: "i".repeat(33) }, /OutOfRange.*icon/s],
    ["an error message with an icon", { type: "errorMessage", message: "m", icon: "i" }, /icon/],
    ["an error message with persistent", { type: "errorMessage", message: "m", persistent: false }, /persistent/],
    [
      "a progress indicator with persistent",
      { type: "progressIndicator", message: "m", persistent: true },
      /persistent/,
    ],
    [
      "a progress indicator with actions",
      { type: "progressIndicator", message: "m", actions: [insightAction] },
      /actions/,
    ],
    ["an insight message without actions", { ...insight, actions: undefined }, /actions/],
    ["an insight message with two actions", { ...insight, actions: [insightAction, insightAction] }, /actions/],
    [
      "an insight action of another type",
      { ...insight, actions: [{ ...insightAction, actionType: "openUrl" }] },
      /actionType/,
    ],
    [
      "an insight action without commandId",
      { ...insight, actions: [{ ...insightAction, commandId: "" }] },
      /commandId/,
    ],
    [
      "a 31-character actionText",
      { ...insight, actions: [{ ...insightAction, actionText: "t".repeat(31) }] },
      /actionText/,
    ],
    ["an insight message with persistent", { ...insight, persistent: true }, /persistent/],
    ["an unknown type", { type: "toast", message: "m" }, /type/],
  ])("rejects %s", (_label, details, message) => {
    expect(() => validateNotificationDetails(details)).toThrow(message);
  });

  it.each([
    ["an informational message", info],
    ["a 150-character message", { ...info, message: "m".repeat(150) }],
    ["an error message", { type: "errorMessage", message: "Blocked" }],
    ["a progress indicator", { type: "progressIndicator", message: "Moving…" }],
    ["an insight message", insight],
  ])("accepts %s", (_label, details) => {
    expect(validateNotificationDetails(details)).toMatchObject({ type: details.type, message: details.message });
  });

  it("limits keys to 32 characters", () => {
    expect(validateNotificationKey("k".repeat(32))).toHaveLength(32);
    expect(() => validateNotificationKey("k".repeat(33))).toThrow(/OutOfRange.*key.*33/s);
  });
});

describe("validateSubject", () => {
  it("accepts 255 characters and throws at 256", () => {
    expect(validateSubject("s".repeat(255))).toHaveLength(255);
    expect(() => validateSubject("s".repeat(256))).toThrow(/OutOfRange.*subject.*256/s);
  });
});
