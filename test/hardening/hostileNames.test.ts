import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { Policy } from "../../src/engine/index.ts";
import { LIMITS } from "../../src/engine/texts/limits.ts";
import { handleMoveToBccCommand } from "../../src/events/moveToBccCommand.ts";
import { handleRecipientsChanged } from "../../src/events/recipientsChangedHandler.ts";
import { handleMessageSend } from "../../src/events/sendHandler.ts";
import { createSnapshotStore } from "../../src/office/recipientSnapshot.ts";
import type { HostRecipientInput } from "../../src/simulator/host/index.ts";
import { people } from "../support/recipients.ts";
import { createTestOutlook, recordingEvent } from "../support/testOutlook.ts";
import { contosoPolicy } from "../support/contoso.ts";

import { plainTextProblems, smartAlertProblems } from "./alertTextChecks.ts";

// Display names are chosen by whoever owns the address, so an attacker writes them. Each of these goes through the
// real handlers against the fake Outlook, and what Outlook would show must stay plain, short and link-free.
const HOSTILE_NAMES: Record<string, string> = {
  "Markdown link": "[Pay your invoice](https://evil.example/pay)",
  "Markdown link, pre-escaped": "\\[x\\](https://evil.example)",
  "javascript link": "[Bob](javascript:alert(1))",
  autolink: "<https://evil.example/login>",
  "bare address": "Visit www.evil.example today",
  "bold and italic": "**URGENT** _wire the money_ now",
  heading: "# You have been hacked",
  "list item": "- first\r- second\r",
  "numbered item": "1. Open the attachment\r",
  "quote, code, strike, table": "> `rm -rf` ~~safe~~ | col |",
  "character reference": "&#x202E;&#91;x&#93;&lt;b&gt;",
  "HTML image": "<img src=x onerror=alert(1)>",
  "HTML script": "<script>alert('x')</script>",
  "HTML link": "<a href='https://evil.example'>IT Support</a>",
  "right-to-left override": "Invoice \u202Efdp.exe",
  "bidi isolates and marks": "\u2067Bob\u2069 \u200FSmith\u200E \u2066x\u2069",
  "zero-width characters": "B\u200Bo\u200Cb\u200D \uFEFFSmith\u00AD",
  "10,000 letters": "A".repeat(10_000),
  "10,000 characters of emoji": "😀".repeat(5_000),
  "10,000 characters ending in a link": `${"x".repeat(9_975)} https://evil.example/`,
  emoji: "👩‍👩‍👧‍👦 The Family 🇫🇷 🏳️‍🌈",
  "combining marks": "Z\u0337\u0334a\u0338\u0335l\u0336g\u0334o\u0337",
  "NUL and escape sequence": "Bob\u0000Smith\u001B[31m red\u0007\u0008",
  "fake line breaks": "Bob\r\nDear customer,\u2028\u2029\u0085click below",
  "lone surrogate": "Bob \uD800 Smith \uDFFF",
  "only whitespace": " \t\u00A0\u3000 ",
  "an address as a name": "ceo@contoso.com",
};

const policy: Policy = contosoPolicy();
const sensitivePolicy: Policy = { ...policy, sensitive: { keywords: ["diagnosis"], warnAt: 2, blockAt: 3 } };

/** The hostile person first (so the alert names them), then enough outside parties to warn (6) or block (25). */
function recipients(name: string, others: number): HostRecipientInput[] {
  return [{ emailAddress: "target@evil.example", displayName: name }, ...people(others, (i) => `org${i}.example`)];
}

async function sendAlert(
  to: HostRecipientInput[],
  options: { language?: string; policy?: Policy; subject?: string } = {},
) {
  const outlook = createTestOutlook({
    to,
    displayLanguage: options.language ?? "en-US",
    subject: options.subject ?? "",
  });
  const { calls, event } = recordingEvent();
  await handleMessageSend(event, { item: outlook.item, policy: options.policy ?? policy, client: outlook.client });
  expect(calls).toHaveLength(1);
  return calls[0];
}

async function infobar(to: HostRecipientInput[], language = "en-US") {
  const outlook = createTestOutlook({ to, displayLanguage: language });
  const { calls, event } = recordingEvent();
  await handleRecipientsChanged(event, { item: outlook.item, policy, client: outlook.client });
  expect(calls).toHaveLength(1);
  return outlook.host.getSnapshot().notifications;
}

const cases = Object.entries(HOSTILE_NAMES);
const LANGUAGES = ["en-GB", "fr-FR", "de-DE", "es-ES", "ja-JP"];

describe("hostile display names in the Smart Alert (the real send handler, fake Outlook)", () => {
  it.for(cases)("%s: a warning stays plain, link-free and within Outlook's limits", async ([, name]) => {
    const options = await sendAlert(recipients(name, 5));
    expect(options).toMatchObject({ allowEvent: false, sendModeOverride: "promptUser" });
    expect(smartAlertProblems(options)).toEqual([]);
    expect(String(options?.errorMessage)).toContain("6");
  });

  it.for(cases)("%s: a block on a sensitive message stays plain too", async ([, name]) => {
    const options = await sendAlert(recipients(name, 24), { policy: sensitivePolicy, subject: "Your diagnosis" });
    expect(options?.allowEvent).toBe(false);
    expect(options).not.toHaveProperty("sendModeOverride");
    expect(smartAlertProblems(options)).toEqual([]);
  });

  it.for(LANGUAGES)("all of them at once, in %s", async (language) => {
    const to = [
      ...cases.map(([, name], i) => ({ emailAddress: `p${i}@hostile${i}.example`, displayName: name })),
      ...people(3, "contoso.com"),
      { emailAddress: "", displayName: HOSTILE_NAMES["Markdown link"] ?? "" },
    ];
    const options = await sendAlert(to, { language });
    expect(options?.allowEvent).toBe(false);
    expect(smartAlertProblems(options)).toEqual([]);
  });

  it("any string at all as a display name (fast-check, 300 runs)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: "binary", maxLength: 300 }),
        fc.constantFrom(...LANGUAGES),
        async (name, language) => {
          const options = await sendAlert(recipients(name, 5), { language });
          expect(smartAlertProblems(options)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("hostile display names in infobars", () => {
  it.for(cases)("%s: the live infobar stays plain and within 150 characters", async ([, name]) => {
    for (const language of LANGUAGES) {
      const bars = await infobar([...recipients(name, 5), { emailAddress: "", displayName: name }], language);
      expect(bars).toHaveLength(1);
      expect(plainTextProblems(bars[0]?.message, LIMITS.infobar)).toEqual([]);
    }
  });

  it.for(cases)(
    "%s as a contact group: Move to Bcc's refusal names it plainly, within 150 characters",
    async ([, name]) => {
      const outlook = createTestOutlook({ to: [{ emailAddress: "", displayName: name }, ...recipients("Ann", 5)] });
      const { calls, event } = recordingEvent();
      await handleMoveToBccCommand(event, { ...outlook, policy, store: createSnapshotStore(outlook.item) });
      expect(calls).toHaveLength(1);
      const bars = outlook.host.getSnapshot().notifications;
      expect(bars).toHaveLength(1);
      expect(plainTextProblems(bars[0]?.message, LIMITS.infobar)).toEqual([]);
      expect(outlook.host.getSnapshot().to).toHaveLength(7);
    },
  );
});
