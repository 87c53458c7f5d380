import type {
  ChangedRecipientFields,
  ComposeContent,
  DispatchResult,
  FaultSpec,
  MailboxRequirementSet,
  OutlookHost,
  OutlookHostSnapshot,
  SimulatedClient,
} from "../host/index.ts";
import { compareVersions, isPhone } from "../host/index.ts";
import { createExternalStore } from "../store/externalStore.ts";

import { ADDIN_COMMANDS, ADDIN_DISPLAY_NAME, LAUNCH_EVENT_FUNCTIONS } from "./addinCommands.ts";
import { OFFICE_THEMES } from "./officeThemes.ts";
import type { SimulatorThemeName } from "./officeThemes.ts";
import { smartAlertDialog, unavailableDialog } from "./smartAlertDialog.ts";
import type { SmartAlertDialog } from "./smartAlertDialog.ts";

/**
 * A message as it would have gone out: the compose window's content at Send, with the internet headers the
 * add-in set (the verdict stamp), how the window had been opened, and the Outlook it was sent from.
 */
export interface SentMessage extends Pick<
  OutlookHostSnapshot,
  "from" | "to" | "cc" | "bcc" | "subject" | "body" | "internetHeaders" | "composeType" | "client"
> {
  /** `Date.now()` when it was sent. */
  readonly sentAt: number;
}

/** How a press of Send ended: the message went, a Smart Alert is showing, or Outlook refused before asking. */
export interface SendOutcome {
  readonly sent: boolean;
  readonly dialog?: { readonly message: string; readonly buttons: readonly string[] };
}

export interface PaneState {
  readonly open: boolean;
  /** Bumped on every open, so the page loads a fresh pane and reports which load finished. */
  readonly loadId: number;
}

/** Everything Outlook's window shows besides the message itself (which `OutlookHost` holds). */
export interface SimulatedOutlookState {
  /** The Smart Alert on screen, if any. */
  readonly dialog: SmartAlertDialog | null;
  /** The send handler is running. */
  readonly sending: boolean;
  /** It has run for more than five seconds, when Outlook says it is taking longer than expected. */
  readonly sendingSlow: boolean;
  /** Function commands still running. */
  readonly commandsRunning: number;
  readonly pane: PaneState;
  /** Bumped whenever the event runtime must be loaded afresh (a new compose window). */
  readonly runtimeLoadId: number;
  readonly sent: readonly SentMessage[];
  /** Milliseconds before each host call is answered. */
  readonly latencyMs: number;
  /** Faults still waiting to fire. */
  readonly faults: readonly FaultSpec[];
  /** One-shot faults that have fired, oldest first, until the faults are cleared or the simulator reset. */
  readonly firedFaults: readonly FaultSpec[];
  /** One line about what just happened, for the status bar; a new compose window starts without one. */
  readonly status: string;
  /** Bumped for every new compose window (after Send, Discard, a preset or reset). */
  readonly composeId: number;
}

export interface SimulatedOutlookOptions {
  /**
   * How long recipient changes are gathered into one OnMessageRecipientsChanged event, as Outlook does not
   * raise one per keystroke or per 100-recipient write.
   * @default 150
   */
  readonly recipientsChangedDelayMs?: number;
  /**
   * How long Outlook waits for `event.completed()` before giving up on a launch event or command.
   * @default 300000 (five minutes)
   */
  readonly eventTimeoutMs?: number;
}

/** Outlook says a send check is slow after this long. */
export const SLOW_SEND_MS = 5000;

interface Deferred {
  readonly promise: Promise<void>;
  resolve(): void;
}

function deferred(): Deferred {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

const NO_CHANGE: ChangedRecipientFields = { to: false, cc: false, bcc: false };

/**
 * Outlook's own behaviour around one compose window, on top of an `OutlookHost` (which holds the message and
 * answers the add-in): raising the launch events, drawing the Smart Alert from `event.completed`, sending or
 * not, running ribbon and dialog commands, opening the task pane with context data, and the Sent folder.
 *
 * It talks only to the host, never to an `Office` object, so the frames can be answered by the fake Office.js
 * or by Microsoft's own library without changing it. No DOM: the page renders `getSnapshot()` and reports
 * when the event runtime and the task pane have loaded (`runtimeLoaded`, `paneLoaded`).
 */
export class SimulatedOutlook {
  readonly host: OutlookHost;
  readonly #recipientsDelayMs: number;
  readonly #eventTimeoutMs: number;

  #state: SimulatedOutlookState;
  readonly #store = createExternalStore(() => this.#state);
  readonly #unsubscribe: (() => void)[] = [];
  /** Counts compose windows: work started for an earlier one is dropped when it finishes. */
  #generation = 0;
  #runtime = deferred();
  #paneLoad: Deferred | null = null;
  readonly #faultRemovers = new Map<FaultSpec, () => void>();

  #pendingFields: ChangedRecipientFields | null = null;
  #recipientsTimer: ReturnType<typeof setTimeout> | undefined;
  #recipientsRunning = false;
  readonly #idleWaiters = new Set<() => void>();
  /** Set while the simulator itself empties and re-arms the faults, which is not their firing. */
  #rearmingFaults = false;

  constructor(host: OutlookHost, options: SimulatedOutlookOptions = {}) {
    this.host = host;
    this.#recipientsDelayMs = options.recipientsChangedDelayMs ?? 150;
    this.#eventTimeoutMs = options.eventTimeoutMs ?? 300_000;
    this.#state = {
      dialog: null,
      sending: false,
      sendingSlow: false,
      commandsRunning: 0,
      pane: { open: false, loadId: 0 },
      runtimeLoadId: 1,
      sent: [],
      latencyMs: 0,
      faults: host.faults,
      firedFaults: [],
      status: "",
      composeId: 1,
    };
    this.#unsubscribe.push(
      host.onRecipientsChanged(({ changedRecipientFields }) => this.#queueRecipientsChanged(changedRecipientFields)),
      host.subscribe(() => this.#refreshFaults()),
    );
  }

  // ---- Store (for React's useSyncExternalStore) ---------------------------------------------

  readonly subscribe = this.#store.subscribe;

  readonly getSnapshot = this.#store.getSnapshot;

  // ---- Frames ----------------------------------------------------------------------------------

  /** The page calls this when the event runtime with `loadId` has loaded (its handlers are associated). */
  runtimeLoaded(loadId: number): void {
    if (loadId === this.#state.runtimeLoadId) this.#runtime.resolve();
  }

  /** The page calls this when the task pane with `loadId` has loaded. */
  paneLoaded(loadId: number): void {
    if (this.#state.pane.open && loadId === this.#state.pane.loadId) this.#paneLoad?.resolve();
  }

  // ---- Sending -----------------------------------------------------------------------------------

  /**
   * Presses Send: raises OnMessageSend and either sends (the add-in allowed it) or shows the Smart Alert.
   * Resolves once the add-in has completed the event.
   */
  async send(): Promise<SendOutcome> {
    if (this.#state.dialog) throw new Error("A Smart Alert is open: choose one of its buttons first.");
    if (this.#state.sending) throw new Error("Send was already pressed and is being checked.");
    const message = this.host.getSnapshot();
    if (message.to.length + message.cc.length + message.bcc.length === 0) {
      this.#update({ status: "This message must have at least one recipient." });
      return { sent: false };
    }
    if (isPhone(this.host.client)) {
      // Outlook for iOS and Android has no Smart Alerts: no add-in is asked at Send, the message just goes.
      this.#deliver();
      return { sent: true };
    }
    const generation = this.#generation;
    this.#update({ sending: true, sendingSlow: false, status: `${ADDIN_DISPLAY_NAME} is checking this message…` });
    const slow = setTimeout(() => {
      if (generation === this.#generation)
        this.#update({
          sendingSlow: true,
          status: `${ADDIN_DISPLAY_NAME} is taking longer than expected to check this message…`,
        });
    }, SLOW_SEND_MS);
    let result: DispatchResult;
    try {
      result = await this.#dispatch(LAUNCH_EVENT_FUNCTIONS.messageSend, { type: "messageSend" });
    } finally {
      clearTimeout(slow);
    }
    if (generation !== this.#generation) return { sent: false };
    this.#update({ sending: false, sendingSlow: false, status: "" });
    this.#wakeIdleWaiters();
    if (result.completed && result.options?.allowEvent !== false) {
      this.#deliver();
      return { sent: true };
    }
    const dialog = result.completed
      ? smartAlertDialog(result.options ?? {}, this.host.requirementSet)
      : unavailableDialog(describeFailure(result));
    this.#update({ dialog });
    return { sent: false, dialog: { message: dialog.messageText, buttons: dialog.buttons.map((b) => b.label) } };
  }

  /**
   * Presses a Smart Alert button by its label. Resolves when what it started has finished: the message sent,
   * the function command completed, or the task pane loaded.
   */
  async clickDialogButton(label: string): Promise<void> {
    const dialog = this.#state.dialog;
    if (!dialog) throw new Error("No Smart Alert is open.");
    const button = dialog.buttons.find((candidate) => candidate.label === label);
    if (!button) {
      const labels = dialog.buttons.map((candidate) => `"${candidate.label}"`).join(", ");
      throw new Error(`The Smart Alert has no "${label}" button; it has ${labels}.`);
    }
    this.#update({ dialog: null });
    const { action } = button;
    if (action.kind === "send-anyway") this.#deliver();
    else if (action.kind === "command") await this.runCommand(action.commandId, action.contextData);
  }

  // ---- Add-in commands ---------------------------------------------------------------------------

  /**
   * Runs a control of the add-in as Outlook does for a ribbon button, a Smart Alert's custom button or an
   * infobar action: a function command gets `contextData` through `getInitializationContextAsync`; a task pane
   * opens with it. An id the manifest does not have does nothing, as in Outlook.
   */
  async runCommand(commandId: string, contextData: string | null = null): Promise<void> {
    const command = ADDIN_COMMANDS[commandId];
    if (!command) return;
    if (isPhone(this.host.client)) throw new Error("Outlook on a phone has no ribbon, task pane or add-in commands.");
    if (command.kind === "taskpane") {
      await this.openTaskPane(contextData);
      return;
    }
    const generation = this.#generation;
    this.host.setInitializationContext(contextData);
    this.#update({ commandsRunning: this.#state.commandsRunning + 1 });
    try {
      const result = await this.#dispatch(command.functionName, { source: { id: commandId } });
      if (generation === this.#generation && !result.completed)
        this.#update({ status: `${ADDIN_DISPLAY_NAME}'s command didn't finish (${describeFailure(result)}).` });
    } finally {
      if (generation === this.#generation) this.#update({ commandsRunning: this.#state.commandsRunning - 1 });
      this.#wakeIdleWaiters();
    }
  }

  /**
   * Opens the task pane (the ribbon's BCC Guard button, or a command with `contextData`) and resolves when it
   * has loaded. When it is already open, new context data reaches it through InitializationContextChanged on
   * Mailbox 1.15; 1.14 has no such event, so the open pane is not told.
   */
  async openTaskPane(contextData: string | null = null): Promise<void> {
    if (isPhone(this.host.client)) throw new Error("Outlook on a phone has no task pane.");
    const { pane } = this.#state;
    if (pane.open) {
      if (contextData !== null) {
        const notify = compareVersions(this.host.requirementSet, "1.15") >= 0;
        this.host.setInitializationContext(contextData, { notify });
      }
      await this.#paneLoad?.promise;
      return;
    }
    this.host.setInitializationContext(contextData);
    const load = deferred();
    this.#paneLoad = load;
    this.#update({ pane: { open: true, loadId: pane.loadId + 1 } });
    await load.promise;
  }

  closeTaskPane(): void {
    if (!this.#state.pane.open) return;
    this.#paneLoad?.resolve();
    this.#paneLoad = null;
    this.#update({ pane: { open: false, loadId: this.#state.pane.loadId } });
  }

  /** Presses an infobar's action button (the add-in's "show task pane" action). */
  async runInfobarAction(key: string): Promise<void> {
    const entry = this.host.getSnapshot().notifications.find((notification) => notification.key === key);
    const action = entry?.actions?.[0];
    if (!action) throw new Error(`No infobar "${key}" with an action is showing.`);
    const contextData =
      action.contextData === undefined || action.contextData === null
        ? null
        : typeof action.contextData === "string"
          ? action.contextData
          : JSON.stringify(action.contextData);
    if (action.actionType === "showTaskPane") await this.runCommand(action.commandId, contextData);
  }

  // ---- Replying to what was sent ----------------------------------------------------------------

  /**
   * Opens a new compose window answering the `index`th sent message (0 is the oldest), as Outlook does for a
   * message in Sent Items: Reply and Reply all address the original To (and Cc, for Reply all) again, never
   * Bcc, since the user was the sender; Forward starts empty. The add-in reads "reply" for both replies
   * (Office.js has no reply-all) and "forward" for a forward.
   */
  respond(index: number, kind: ResponseKind): void {
    const original = this.#state.sent[index];
    if (!original) throw new RangeError(`There is no sent message ${index}; ${this.#state.sent.length} were sent.`);
    this.newCompose();
    this.host.loadCompose(responseTo(original, kind));
  }

  // ---- Environment -------------------------------------------------------------------------------

  setLatency(ms: number): void {
    this.host.setLatency(ms);
    this.#update({ latencyMs: ms });
  }

  /** Breaks a host call on purpose (see `OutlookHost.injectFault`). */
  injectFault(spec: FaultSpec): void {
    const remove = this.host.injectFault(spec);
    const armed = this.host.faults[this.host.faults.length - 1];
    if (armed) this.#faultRemovers.set(armed, remove);
    this.#refreshFaults();
  }

  /** Removes one of `getSnapshot().faults`. */
  removeFault(fault: FaultSpec): void {
    this.#withoutFiring(() => {
      this.#faultRemovers.get(fault)?.();
      this.#faultRemovers.delete(fault);
    });
  }

  /** Removes every waiting fault and forgets the fired ones. */
  clearFaults(): void {
    this.#withoutFiring(() => {
      this.host.clearFaults();
      this.#faultRemovers.clear();
    });
    this.#update({ firedFaults: [] });
  }

  setRequirementSet(set: MailboxRequirementSet): void {
    this.host.setRequirementSet(set);
  }

  /**
   * Switches Outlook's display language. What shows the add-in's texts runs again in the new language: the
   * frames reload where their Office.js reads the language only at load, and the recipients-changed handler
   * runs once more so its notice is raised afresh (Outlook reopens a compose window in the new language).
   */
  setDisplayLanguage(language: string): void {
    if (language === this.host.displayLanguage) return;
    this.host.setDisplayLanguage(language);
    const message = this.host.getSnapshot();
    const shown = { to: message.to.length > 0, cc: message.cc.length > 0, bcc: message.bcc.length > 0 };
    if (shown.to || shown.cc || shown.bcc) this.#queueRecipientsChanged(shown);
  }

  /** Switches Outlook's theme; the add-in hears it through Office.js's theme (see `OFFICE_THEMES`). */
  setTheme(name: SimulatorThemeName): void {
    this.host.setOfficeTheme(OFFICE_THEMES[name]);
  }

  /**
   * Moves to another Outlook: the desktop (the web, Windows, Mac) or a phone. It is another app, so the compose
   * window starts afresh (empty, task pane closed) with an event runtime loaded on that client's Office.
   */
  setClient(client: SimulatedClient): void {
    if (client === this.host.client) return;
    this.host.setClient(client);
    this.newCompose();
  }

  // ---- Windows -----------------------------------------------------------------------------------

  /**
   * A new, empty compose window (as after Send): no recipients, infobars, session data, task pane or dialog,
   * and a freshly loaded event runtime. The environment stays: client, requirement set, language, theme, user,
   * latency and unfired faults.
   */
  newCompose(): void {
    const { host } = this;
    const keep = {
      requirementSet: host.requirementSet,
      displayLanguage: host.displayLanguage,
      officeTheme: host.officeTheme,
      userProfile: host.userProfile,
      faults: host.faults,
      client: host.client,
    };
    this.#withoutFiring(() => {
      this.#startOver();
      host.setClient(keep.client);
      host.setRequirementSet(keep.requirementSet);
      host.setDisplayLanguage(keep.displayLanguage);
      host.setOfficeTheme(keep.officeTheme);
      host.setUserProfile(keep.userProfile);
      host.setFrom({ emailAddress: keep.userProfile.emailAddress, displayName: keep.userProfile.displayName });
      host.setLatency(this.#state.latencyMs);
      for (const fault of keep.faults) this.injectFault(fault);
    });
  }

  /**
   * Everything back to the start: an empty compose window, no faults or latency, Mailbox 1.15, English,
   * Alex Agent <agent@contoso.com> as the sender, and an empty Sent list.
   */
  reset(): void {
    this.#withoutFiring(() => this.#startOver());
    this.#update({ sent: [], latencyMs: 0, status: "", firedFaults: [] });
  }

  /**
   * Resolves when Outlook has nothing of the add-in's left to run: no recipient change waiting for its event,
   * no launch event or function command in progress.
   */
  async whenIdle(): Promise<void> {
    for (;;) {
      // Host events arrive in a later task; let the ones already raised reach the queue first.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (this.#isIdle()) return;
      await new Promise<void>((resolve) => this.#idleWaiters.add(resolve));
    }
  }

  /** Resolves when the current compose window's event runtime has loaded. */
  async whenRuntimeReady(): Promise<void> {
    let runtime: Deferred;
    do {
      runtime = this.#runtime;
      await runtime.promise;
    } while (runtime !== this.#runtime);
  }

  dispose(): void {
    for (const unsubscribe of this.#unsubscribe.splice(0)) unsubscribe();
    clearTimeout(this.#recipientsTimer);
  }

  // ---- Internals ---------------------------------------------------------------------------------

  #startOver(): void {
    this.#generation += 1;
    clearTimeout(this.#recipientsTimer);
    this.#recipientsTimer = undefined;
    this.#recipientsRunning = false;
    this.#pendingFields = null;
    this.#faultRemovers.clear();
    this.#paneLoad?.resolve();
    this.#paneLoad = null;
    this.host.reset();
    // The next runtime associates its handlers afresh; nothing may run the old window's ones meanwhile.
    this.host.actions.clear();
    this.#runtime = deferred();
    this.#update({
      dialog: null,
      sending: false,
      sendingSlow: false,
      commandsRunning: 0,
      pane: { open: false, loadId: this.#state.pane.loadId },
      runtimeLoadId: this.#state.runtimeLoadId + 1,
      composeId: this.#state.composeId + 1,
      status: "",
    });
    this.#wakeIdleWaiters();
  }

  #deliver(): void {
    const message = this.host.getSnapshot();
    const sent: SentMessage = {
      from: message.from,
      to: message.to,
      cc: message.cc,
      bcc: message.bcc,
      subject: message.subject,
      body: message.body,
      internetHeaders: message.internetHeaders,
      composeType: message.composeType,
      client: message.client,
      sentAt: Date.now(),
    };
    const total = sent.to.length + sent.cc.length + sent.bcc.length;
    this.newCompose();
    this.#update({
      sent: [...this.#state.sent, sent],
      status: `Sent “${sent.subject || "(no subject)"}” to ${total} ${total === 1 ? "recipient" : "recipients"}.`,
    });
  }

  /** Runs a handler of the add-in once the current event runtime has loaded. */
  async #dispatch(name: string, eventProps: Readonly<Record<string, unknown>>): Promise<DispatchResult> {
    await this.whenRuntimeReady();
    return this.host.dispatch(name, eventProps, { timeoutMs: this.#eventTimeoutMs });
  }

  #queueRecipientsChanged(fields: ChangedRecipientFields): void {
    const pending = this.#pendingFields ?? NO_CHANGE;
    this.#pendingFields = { to: pending.to || fields.to, cc: pending.cc || fields.cc, bcc: pending.bcc || fields.bcc };
    this.#scheduleRecipientsChanged();
  }

  #scheduleRecipientsChanged(): void {
    if (this.#recipientsTimer !== undefined || this.#recipientsRunning) return;
    this.#recipientsTimer = setTimeout(() => void this.#raiseRecipientsChanged(), this.#recipientsDelayMs);
  }

  /** One OnMessageRecipientsChanged at a time; changes made meanwhile make the next one. */
  async #raiseRecipientsChanged(): Promise<void> {
    this.#recipientsTimer = undefined;
    const fields = this.#pendingFields;
    this.#pendingFields = null;
    if (!fields) {
      this.#wakeIdleWaiters();
      return;
    }
    const generation = this.#generation;
    this.#recipientsRunning = true;
    try {
      await this.#dispatch(LAUNCH_EVENT_FUNCTIONS.recipientsChanged, {
        type: "olkRecipientsChanged",
        changedRecipientFields: { ...fields },
      });
    } finally {
      if (generation === this.#generation) {
        this.#recipientsRunning = false;
        if (this.#pendingFields) this.#scheduleRecipientsChanged();
      }
      this.#wakeIdleWaiters();
    }
  }

  #isIdle(): boolean {
    return (
      this.#recipientsTimer === undefined &&
      !this.#recipientsRunning &&
      this.#pendingFields === null &&
      !this.#state.sending &&
      this.#state.commandsRunning === 0
    );
  }

  #wakeIdleWaiters(): void {
    const waiters = [...this.#idleWaiters];
    this.#idleWaiters.clear();
    for (const wake of waiters) wake();
  }

  /** Watches the host's faults: one that leaves the list by itself has fired. */
  #refreshFaults(): void {
    const faults = this.host.faults;
    const before = this.#state.faults;
    const same = faults.length === before.length && faults.every((fault, i) => fault === before[i]);
    if (same) return;
    const fired = this.#rearmingFaults ? [] : before.filter((fault) => !faults.includes(fault));
    this.#update(fired.length > 0 ? { faults, firedFaults: [...this.#state.firedFaults, ...fired] } : { faults });
  }

  /** Runs `change` to the faults as the simulator's own doing: nothing that leaves the list counts as fired. */
  #withoutFiring(change: () => void): void {
    this.#rearmingFaults = true;
    try {
      change();
      // Some changes (a fault's own remover) reach the host without a notice: look once more while still quiet.
      this.#refreshFaults();
    } finally {
      this.#rearmingFaults = false;
    }
  }

  #update(patch: Partial<SimulatedOutlookState>): void {
    this.#state = { ...this.#state, ...patch };
    this.#store.notify();
  }
}

/** The three ways to answer a message. */
export type ResponseKind = "reply" | "replyAll" | "forward";

/** What Outlook puts in the new window when the user answers a message they sent themselves. */
export function responseTo(original: SentMessage, kind: ResponseKind): ComposeContent {
  const subject = original.subject.replace(/^((re|fw|fwd):\s*)+/i, "");
  if (kind === "forward") return { composeType: "forward", to: [], cc: [], bcc: [], subject: `FW: ${subject}` };
  return {
    composeType: "reply",
    to: original.to,
    cc: kind === "replyAll" ? original.cc : [],
    bcc: [],
    subject: `RE: ${subject}`,
  };
}

function describeFailure(result: DispatchResult): string {
  if (result.completed) return "completed";
  if (result.reason === "threw")
    return `it threw ${result.error instanceof Error ? result.error.message : String(result.error)}`;
  return result.reason === "no-handler"
    ? "the add-in associated no handler for it"
    : "it never called event.completed()";
}
