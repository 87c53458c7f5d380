import { CONTROL_IDS } from "../../office/addinIds.ts";
import type {
  ComposeTypeName,
  FaultKind,
  HostMethod,
  HostRecipient,
  MailboxRequirementSet,
  SimulatedClient,
} from "../host/index.ts";
import { HOST_METHODS, MAILBOX_REQUIREMENT_SETS, SIMULATED_CLIENTS } from "../host/index.ts";

import { SIMULATOR_THEME_NAMES } from "./officeThemes.ts";
import type { SimulatorThemeName } from "./officeThemes.ts";
import { parseRecipient } from "./recipientText.ts";
import type { RecipientSpec } from "./recipientText.ts";
import type { ResponseKind, SendOutcome, SimulatedOutlook } from "./simulatedOutlook.ts";

/** A recipient as the API returns it. */
export interface ApiRecipient {
  readonly emailAddress: string;
  readonly displayName: string;
}

export interface ApiRecipients {
  readonly to: ApiRecipient[];
  readonly cc: ApiRecipient[];
  readonly bcc: ApiRecipient[];
}

export interface ApiInfobar {
  readonly key: string;
  readonly type: string;
  readonly message: string;
}

export interface ApiSentMessage extends ApiRecipients {
  readonly subject: string;
  /** The internet headers it went out with, e.g. `{ "X-BCC-Guard": "v=1; action=allow; …" }`. */
  readonly internetHeaders: Record<string, string>;
  /** How its compose window had been opened: "newMail", "reply" or "forward". */
  readonly composeType: ComposeTypeName;
  /** The Outlook it was sent from. */
  readonly client: SimulatedClient;
}

export interface ApiFault {
  readonly method: HostMethod;
  /** Break only the Nth call from now (1-based); without it, every call. */
  readonly call?: number;
  readonly kind: FaultKind;
}

/**
 * `window.simulator`: the page driven by tests and demos. Every method acts as the user (or Outlook) would,
 * so the add-in sees the same events as when a person clicks.
 */
export interface SimulatorApi {
  /** Empties the compose window and the Sent list, clears faults and delays, Mailbox 1.15, English, light theme, Alex Agent. */
  reset(): Promise<void>;
  setRecipients(fields: {
    to?: readonly RecipientSpec[];
    cc?: readonly RecipientSpec[];
    bcc?: readonly RecipientSpec[];
  }): void;
  setSubject(text: string): void;
  setBody(text: string): void;
  getRecipients(): ApiRecipients;
  /** Presses Send; resolves once the add-in has completed: sent, or a Smart Alert is showing. */
  send(): Promise<SendOutcome>;
  /** Presses a Smart Alert button; resolves when what it started has finished. */
  clickDialogButton(label: string): Promise<void>;
  /** Presses the ribbon's BCC Guard button; resolves when the task pane has loaded. */
  openTaskPane(): Promise<void>;
  /** Presses the ribbon's Move to Bcc button; resolves when the command has completed. */
  runMoveToBcc(): Promise<void>;
  infobars(): ApiInfobar[];
  sentMessages(): ApiSentMessage[];
  /**
   * Presses Reply, Reply all or Forward on the `index`th sent message (0 is the oldest), opening a new compose
   * window as Outlook would; resolves when its event runtime has loaded.
   */
  respondToSent(index: number, kind: ResponseKind): Promise<void>;
  injectFault(fault: ApiFault): void;
  setRequirementSet(set: MailboxRequirementSet): void;
  setLanguage(language: string): void;
  /** Outlook's theme, as the add-in hears it through Office.js: "light" (the default), "dark" or "highContrast". */
  setTheme(theme: SimulatorThemeName): void;
  /**
   * Composes in another Outlook, in a fresh compose window: "desktop" (web, Windows, Mac) or a phone ("ios",
   * "android"), where the add-in gets only the mobile API surface, one notice at a time, no task pane or ribbon
   * button, and no check at Send. Phones run on the simulator's fake Office.js only: Microsoft's Office.js
   * reaches a phone app through a native bridge the simulator does not play.
   */
  setClient(client: SimulatedClient): Promise<void>;
  /** Resolves when no event or command of the add-in is waiting or running (e.g. after changing recipients). */
  whenIdle(): Promise<void>;
}

/** Builds `window.simulator` over the simulated Outlook. */
export function createSimulatorApi(
  outlook: SimulatedOutlook,
  options: { readonly office?: "real" | "fake" } = {},
): SimulatorApi {
  const { host } = outlook;
  return {
    async reset() {
      outlook.reset();
      await outlook.whenRuntimeReady();
    },
    setRecipients(fields) {
      const content: { to?: HostRecipient[]; cc?: HostRecipient[]; bcc?: HostRecipient[] } = {};
      for (const field of ["to", "cc", "bcc"] as const) {
        const list = fields[field];
        if (list === undefined) continue;
        if (!Array.isArray(list)) throw new TypeError(`setRecipients: ${field} must be an array.`);
        content[field] = list.map((spec: unknown, i) => {
          if (!isRecipientSpec(spec))
            throw new TypeError(`setRecipients: ${field}[${i}] must be "a@b.com", "Name <a@b.com>" or an object.`);
          const recipient = parseRecipient(spec);
          if (!recipient) throw new TypeError(`setRecipients: ${field}[${i}] is empty.`);
          return recipient;
        });
      }
      host.loadCompose(content);
    },
    setSubject(text) {
      host.userSetSubject(String(text));
    },
    setBody(text) {
      host.userSetBody(String(text));
    },
    getRecipients() {
      const message = host.getSnapshot();
      return { to: plain(message.to), cc: plain(message.cc), bcc: plain(message.bcc) };
    },
    send: () => outlook.send(),
    clickDialogButton: (label) => outlook.clickDialogButton(label),
    openTaskPane: () => outlook.openTaskPane(),
    runMoveToBcc: () => outlook.runCommand(CONTROL_IDS.moveToBcc),
    infobars() {
      return host.getSnapshot().notifications.map(({ key, type, message }) => ({ key, type, message }));
    },
    sentMessages() {
      return outlook.getSnapshot().sent.map((message) => ({
        to: plain(message.to),
        cc: plain(message.cc),
        bcc: plain(message.bcc),
        subject: message.subject,
        internetHeaders: { ...message.internetHeaders },
        composeType: message.composeType,
        client: message.client,
      }));
    },
    async respondToSent(index, kind) {
      if (!["reply", "replyAll", "forward"].includes(kind))
        throw new TypeError(`respondToSent: kind must be "reply", "replyAll" or "forward".`);
      outlook.respond(index, kind);
      await outlook.whenRuntimeReady();
    },
    injectFault(fault) {
      if (!HOST_METHODS.includes(fault.method))
        throw new TypeError(`injectFault: unknown method "${fault.method}"; one of ${HOST_METHODS.join(", ")}.`);
      if (fault.kind !== "fail" && fault.kind !== "hang")
        throw new TypeError(`injectFault: kind must be "fail" or "hang".`);
      outlook.injectFault({
        method: fault.method,
        kind: fault.kind,
        ...(fault.call === undefined ? {} : { call: fault.call }),
      });
    },
    setRequirementSet(set) {
      if (!MAILBOX_REQUIREMENT_SETS.includes(set))
        throw new TypeError(`setRequirementSet: one of ${MAILBOX_REQUIREMENT_SETS.join(", ")}.`);
      outlook.setRequirementSet(set);
    },
    setLanguage(language) {
      if (typeof language !== "string" || !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language))
        throw new TypeError(`setLanguage: a language tag such as "fr-FR".`);
      outlook.setDisplayLanguage(language);
    },
    setTheme(theme) {
      if (!SIMULATOR_THEME_NAMES.includes(theme))
        throw new TypeError(`setTheme: one of ${SIMULATOR_THEME_NAMES.map((name) => `"${name}"`).join(", ")}.`);
      outlook.setTheme(theme);
    },
    async setClient(client) {
      if (!SIMULATED_CLIENTS.includes(client))
        throw new TypeError(`setClient: one of ${SIMULATED_CLIENTS.map((c) => `"${c}"`).join(", ")}.`);
      if (client !== "desktop" && options.office === "real")
        throw new Error(
          'setClient: a phone runs on the fake Office.js only (open the simulator with "?office=fake"): ' +
            "Microsoft's Office.js talks to the phone apps through their native bridge, not the web host's channel.",
        );
      outlook.setClient(client);
      await outlook.whenRuntimeReady();
    },
    whenIdle: () => outlook.whenIdle(),
  };
}

function plain(recipients: readonly HostRecipient[]): ApiRecipient[] {
  return recipients.map(({ emailAddress, displayName }) => ({ emailAddress, displayName }));
}

function isRecipientSpec(value: unknown): value is RecipientSpec {
  if (typeof value === "string") return true;
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { emailAddress?: unknown }).emailAddress === "string" &&
    ["string", "undefined"].includes(typeof (value as { displayName?: unknown }).displayName)
  );
}
