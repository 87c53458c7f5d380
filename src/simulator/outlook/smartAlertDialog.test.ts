import { describe, expect, it } from "vitest";

import { DONT_SEND, SEND_ANYWAY, smartAlertDialog, TAKE_ACTION } from "./smartAlertDialog.ts";

const block = {
  allowEvent: false,
  errorMessage: "312 people would see each other's addresses.",
  errorMessageMarkdown: "**312 people** would see each other's addresses.",
  cancelLabel: "Move to Bcc",
  commandId: "moveToBccButton",
  contextData: '{"source":"send","action":"block"}',
};

const labels = (dialog: ReturnType<typeof smartAlertDialog>) => dialog.buttons.map((button) => button.label);

describe("smartAlertDialog", () => {
  it("offers the add-in's button and Don't Send for a block, and no Send Anyway", () => {
    const dialog = smartAlertDialog(block, "1.15");
    expect(labels(dialog)).toEqual(["Move to Bcc", DONT_SEND]);
    expect(dialog.buttons[0]?.action).toEqual({
      kind: "command",
      commandId: "moveToBccButton",
      contextData: '{"source":"send","action":"block"}',
    });
    expect(dialog.problems).toEqual([]);
  });

  it("adds Send Anyway only with sendModeOverride promptUser", () => {
    expect(labels(smartAlertDialog({ ...block, sendModeOverride: "promptUser" }, "1.15"))).toEqual([
      "Move to Bcc",
      SEND_ANYWAY,
      DONT_SEND,
    ]);
  });

  it("renders the Markdown from Mailbox 1.15 and the plain text before it", () => {
    expect(smartAlertDialog(block, "1.15").message[0]).toEqual({
      kind: "paragraph",
      content: [
        { kind: "strong", children: [{ kind: "text", text: "312 people" }] },
        { kind: "text", text: " would see each other's addresses." },
      ],
    });
    expect(smartAlertDialog(block, "1.14").messageText).toBe(block.errorMessage);
  });

  it("drops a function command's button on Mailbox 1.14 but keeps a task pane's", () => {
    expect(labels(smartAlertDialog(block, "1.14"))).toEqual([DONT_SEND]);
    expect(labels(smartAlertDialog({ ...block, commandId: "openPaneButton" }, "1.14"))).toEqual([
      "Move to Bcc",
      DONT_SEND,
    ]);
  });

  it("uses Outlook's own words when the add-in gives no message or label", () => {
    const dialog = smartAlertDialog({ allowEvent: false, commandId: "openPaneButton" }, "1.15");
    expect(dialog.messageText).toBe("BCC Guard is preventing this email from being sent.");
    expect(labels(dialog)).toEqual([TAKE_ACTION, DONT_SEND]);
  });

  it("notes options real Outlook would refuse", () => {
    const dialog = smartAlertDialog(
      { allowEvent: false, errorMessage: "x".repeat(501), cancelLabel: "A label far too long to fit", contextData: {} },
      "1.15",
    );
    expect(dialog.problems).toHaveLength(3);
  });
});
