import type { RecipientField } from "../../engine/message.ts";
import { createExternalStore } from "../store/externalStore.ts";
import { ListenerSet } from "../store/listenerSet.ts";
import {
  ActionRegistry,
  dispatchAction,
  type ActionDispatcher,
  type DispatchOptions,
  type DispatchRecord,
  type DispatchResult,
} from "./actionRegistry.ts";
import { CallLatency } from "./callLatency.ts";
import { CallLog, type HostCall } from "./callLog.ts";
import { bodyAsHtml, type ComposeContent, type ComposeTypeName } from "./composeContent.ts";
import { FaultPlan, type FaultSpec } from "./faultPlan.ts";
import { DEFAULT_SENDER, DEFAULT_USER_PROFILE, type OfficeTheme, type UserProfile } from "./hostEnvironment.ts";
import { MINIMUM_MAILBOX_SET, type HostMethod } from "./hostMethod.ts";
import {
  freezeRecipients,
  NO_RECIPIENTS,
  sameRecipients,
  toHostRecipient,
  type HostRecipient,
  type HostRecipientInput,
} from "./hostRecipient.ts";
import { InternetHeaders } from "./internetHeaders.ts";
import {
  ITEM_EVENT_MINIMUM_SET,
  type ChangedRecipientFields,
  type InitializationContextChangedEvent,
  type RecipientsChangedEvent,
} from "./itemEvents.ts";
import { Notifications, type NotificationDetails, type NotificationEntry } from "./notifications.ts";
import { fail, succeed, type HostResult } from "./outlookErrors.ts";
import {
  compareVersions,
  hostLimitsFor,
  isMailboxVersionSupported,
  type HostLimits,
  type MailboxRequirementSet,
} from "./requirementSets.ts";
import { SessionData } from "./sessionData.ts";
import { isPhone, type SimulatedClient } from "./simulatedClient.ts";

/** Everything the compose window and its environment show, as one immutable value. */
export interface OutlookHostSnapshot {
  readonly from: HostRecipient;
  readonly to: readonly HostRecipient[];
  readonly cc: readonly HostRecipient[];
  readonly bcc: readonly HostRecipient[];
  readonly subject: string;
  /** Plain text. */
  readonly body: string;
  /** Infobars in the order they were first added. */
  readonly notifications: readonly NotificationEntry[];
  readonly sessionData: Readonly<Record<string, string>>;
  readonly initializationContext: string | null;
  /** Internet headers the add-in set, by the name it used last; they go out with the message. */
  readonly internetHeaders: Readonly<Record<string, string>>;
  readonly composeType: ComposeTypeName;
  readonly requirementSet: MailboxRequirementSet;
  readonly displayLanguage: string;
  readonly officeTheme: OfficeTheme | undefined;
  readonly userProfile: UserProfile;
  /** Which Outlook the message is composed in: a phone exposes only the mobile API surface. */
  readonly client: SimulatedClient;
}

export interface OutlookHostOptions extends ComposeContent {
  /** @default "1.15" */
  readonly requirementSet?: MailboxRequirementSet;
  /** @default "en-US" */
  readonly displayLanguage?: string;
  readonly officeTheme?: OfficeTheme;
  /** @default Alex Agent <agent@contoso.com>, like the sender */
  readonly userProfile?: UserProfile;
  /** @default null */
  readonly initializationContext?: string | null;
  /** @default "desktop" */
  readonly client?: SimulatedClient;
  /**
   * Milliseconds before each call is answered.
   * @default 0
   */
  readonly latencyMs?: number;
}

/**
 * The Outlook side of an add-in's world: one message being composed, its infobars and session data,
 * and the rules Outlook applies on its side of the API (field limits, infobar limits, sessionData
 * size, requirement sets). It knows nothing of Office.js: `createFakeOffice` exposes it as the
 * `Office` global, and a postMessage bridge can expose it to Microsoft's real Office.js.
 *
 * Calls made for the add-in (`getRecipients`, `setRecipients`, …) are logged, can be slowed or
 * broken on purpose, and answer after `setLatency` milliseconds through `setTimeout`, applying
 * their change at that moment. Changes made for the user (`userSetRecipients`, …) apply at once.
 * Plain TypeScript with no DOM: runs in Node and in the browser.
 */
export class OutlookHost {
  /** `Office.actions.associate` registrations; the host only stores them and runs them on `dispatch`. */
  readonly actions = new ActionRegistry();

  #from: HostRecipient = DEFAULT_SENDER;
  #recipients: Record<RecipientField, readonly HostRecipient[]> = {
    to: NO_RECIPIENTS,
    cc: NO_RECIPIENTS,
    bcc: NO_RECIPIENTS,
  };
  #subject = "";
  #body = "";
  readonly #notifications = new Notifications();
  readonly #sessionData = new SessionData();
  #initializationContext: string | null = null;
  readonly #internetHeaders = new InternetHeaders();
  #composeType: ComposeTypeName = "newMail";
  #requirementSet: MailboxRequirementSet = "1.15";
  #displayLanguage = "en-US";
  #officeTheme: OfficeTheme | undefined;
  #userProfile: UserProfile = DEFAULT_USER_PROFILE;
  #client: SimulatedClient = "desktop";

  readonly #faults = new FaultPlan();
  readonly #latency = new CallLatency();
  readonly #log = new CallLog();
  /** Bumped by reset(): answers still on their way belong to a compose window that is gone. */
  #generation = 0;
  #lastDispatch: DispatchRecord | undefined;
  #dispatcher: ActionDispatcher | undefined;
  readonly #store = createExternalStore((): OutlookHostSnapshot => this.#readSnapshot());
  readonly #recipientsListeners = new ListenerSet<RecipientsChangedEvent>();
  readonly #contextListeners = new ListenerSet<InitializationContextChangedEvent>();

  constructor(options: OutlookHostOptions = {}) {
    this.#configure(options);
  }

  // ---- Environment -------------------------------------------------------------------------

  get requirementSet(): MailboxRequirementSet {
    return this.#requirementSet;
  }

  get displayLanguage(): string {
    return this.#displayLanguage;
  }

  get officeTheme(): OfficeTheme | undefined {
    return this.#officeTheme;
  }

  get userProfile(): UserProfile {
    return this.#userProfile;
  }

  /** The limits in force for the current requirement set. */
  get limits(): HostLimits {
    return hostLimitsFor(this.#requirementSet);
  }

  setRequirementSet(set: MailboxRequirementSet): void {
    this.#requirementSet = set;
    this.#changed();
  }

  get client(): SimulatedClient {
    return this.#client;
  }

  /** Outlook on a desktop or the web, or on a phone (one infobar at a time; see `createPhoneOffice`). */
  setClient(client: SimulatedClient): void {
    this.#client = client;
    this.#changed();
  }

  setDisplayLanguage(language: string): void {
    this.#displayLanguage = language;
    this.#changed();
  }

  setOfficeTheme(theme: OfficeTheme | undefined): void {
    this.#officeTheme = theme;
    this.#changed();
  }

  setUserProfile(profile: UserProfile): void {
    this.#userProfile = Object.freeze({ ...profile });
    this.#changed();
  }

  /**
   * Sets the data the add-in reads with `getInitializationContextAsync` (as a Smart Alert's
   * `contextData` or an infobar action would). `notify` also raises InitializationContextChanged,
   * as Outlook does when the task pane is already open.
   */
  setInitializationContext(context: string | null, options: { readonly notify?: boolean } = {}): void {
    this.#initializationContext = context;
    this.#changed();
    if (options.notify) {
      this.#emitLater(this.#contextListeners, { initializationContext: context ?? "" });
    }
  }

  // ---- The user's side of the compose window -----------------------------------------------

  /** The user edits one recipient field; no limits apply, and recipients-changed fires if it changed. */
  userSetRecipients(field: RecipientField, recipients: readonly HostRecipientInput[]): void {
    this.loadCompose({ [field]: recipients });
  }

  userSetSubject(subject: string): void {
    this.loadCompose({ subject });
  }

  userSetBody(body: string): void {
    this.loadCompose({ body });
  }

  /** The user closes an infobar. */
  userDismissNotification(key: string): void {
    if (this.#notifications.remove(key)) this.#changed();
  }

  /** Picks the sender, as the From dropdown does. */
  setFrom(from: HostRecipientInput): void {
    this.loadCompose({ from });
  }

  /**
   * Fills several compose fields at once, as a preset or a pasted draft would: one state change and,
   * when recipients changed, one recipients-changed event naming every changed field.
   */
  loadCompose(content: ComposeContent): void {
    const changed = { to: false, cc: false, bcc: false };
    for (const field of ["to", "cc", "bcc"] as const) {
      const list = content[field];
      if (list) changed[field] = this.#replaceRecipients(field, list.map(toHostRecipient));
    }
    if (content.from !== undefined) this.#from = toHostRecipient(content.from);
    if (content.subject !== undefined) this.#subject = content.subject;
    if (content.body !== undefined) this.#body = content.body;
    if (content.composeType !== undefined) this.#composeType = content.composeType;
    this.#changed();
    this.#announceRecipients(changed);
  }

  // ---- The add-in's side: host operations --------------------------------------------------

  getRecipients(field: RecipientField): Promise<HostResult<HostRecipient[]>> {
    return this.#call(`${field}.getAsync`, () => succeed(this.#recipients[field].map((r) => ({ ...r }))));
  }

  /**
   * Replaces a field. Fails with 9012 when the field would exceed `limits.recipientsPerField`.
   * The 100-per-call limit is Office.js's own check, so the fake Office (like Microsoft's library)
   * enforces it before calling here.
   */
  setRecipients(field: RecipientField, recipients: readonly HostRecipientInput[]): Promise<HostResult<void>> {
    const incoming = recipients.map(toHostRecipient);
    return this.#call(`${field}.setAsync`, () => this.#writeRecipients(field, incoming));
  }

  /** Appends to a field. Fails with 9012 when the field would exceed `limits.recipientsPerField`. */
  addRecipients(field: RecipientField, recipients: readonly HostRecipientInput[]): Promise<HostResult<void>> {
    const incoming = recipients.map(toHostRecipient);
    return this.#call(`${field}.addAsync`, () =>
      this.#writeRecipients(field, [...this.#recipients[field], ...incoming]),
    );
  }

  getFrom(): Promise<HostResult<HostRecipient>> {
    return this.#call("from.getAsync", () =>
      succeed({ emailAddress: this.#from.emailAddress, displayName: this.#from.displayName }),
    );
  }

  getSubject(): Promise<HostResult<string>> {
    return this.#call("subject.getAsync", () => succeed(this.#subject));
  }

  setSubject(subject: string): Promise<HostResult<void>> {
    return this.#call("subject.setAsync", () => {
      this.#subject = subject;
      this.#changed();
      return succeed(undefined);
    });
  }

  /** The body as plain text, or as a minimal HTML document built from it. */
  getBody(coercionType: "text" | "html"): Promise<HostResult<string>> {
    return this.#call("body.getAsync", () => succeed(coercionType === "html" ? bodyAsHtml(this.#body) : this.#body));
  }

  /** Fails with 9023 for a key already shown and 9025 when five infobars are already shown. */
  addNotification(key: string, details: NotificationDetails): Promise<HostResult<void>> {
    return this.#call("notificationMessages.addAsync", () => {
      if (this.#notifications.has(key)) return fail("DuplicateNotificationKey");
      return this.#putNotification(key, details);
    });
  }

  /** Replaces the infobar with this key, or adds it (then counting towards the limit of five). */
  replaceNotification(key: string, details: NotificationDetails): Promise<HostResult<void>> {
    return this.#call("notificationMessages.replaceAsync", () => this.#putNotification(key, details));
  }

  /** Fails with 9024 when no infobar has this key. */
  removeNotification(key: string): Promise<HostResult<void>> {
    return this.#call("notificationMessages.removeAsync", () => {
      if (!this.#notifications.remove(key)) return fail("NotificationKeyNotFound");
      this.#changed();
      return succeed(undefined);
    });
  }

  getAllNotifications(): Promise<HostResult<NotificationEntry[]>> {
    return this.#call("notificationMessages.getAllAsync", () => succeed(this.#notifications.copies()));
  }

  /** Fails with 9050 when nothing is stored under `name`. */
  getSessionData(name: string): Promise<HostResult<string>> {
    return this.#call("sessionData.getAsync", () => {
      const value = this.#sessionData.get(name);
      return value === undefined ? fail("KeyNotFound") : succeed(value);
    });
  }

  /** Fails with 9051, storing nothing, when the whole object would exceed `limits.sessionDataChars`. */
  setSessionData(name: string, value: string): Promise<HostResult<void>> {
    return this.#call("sessionData.setAsync", () => {
      const result = this.#sessionData.set(name, value, this.limits.sessionDataChars);
      if (result.ok) this.#changed();
      return result;
    });
  }

  removeSessionData(name: string): Promise<HostResult<void>> {
    return this.#call("sessionData.removeAsync", () => {
      if (this.#sessionData.remove(name)) this.#changed();
      return succeed(undefined);
    });
  }

  clearSessionData(): Promise<HostResult<void>> {
    return this.#call("sessionData.clearAsync", () => {
      this.#sessionData.clear();
      this.#changed();
      return succeed(undefined);
    });
  }

  getAllSessionData(): Promise<HostResult<Record<string, string>>> {
    return this.#call("sessionData.getAllAsync", () => succeed(this.#sessionData.toRecord()));
  }

  /** The headers asked for that are set (names match ignoring case); a name never set is left out, as Outlook does. */
  getInternetHeaders(names: readonly string[]): Promise<HostResult<Record<string, string>>> {
    return this.#call("internetHeaders.getAsync", () => succeed(this.#internetHeaders.get(names)));
  }

  removeInternetHeaders(names: readonly string[]): Promise<HostResult<void>> {
    return this.#call("internetHeaders.removeAsync", () => {
      this.#internetHeaders.remove(names);
      this.#changed();
      return succeed(undefined);
    });
  }

  /** An empty string when there is no context, as Outlook answers. */
  getInitializationContext(): Promise<HostResult<string>> {
    return this.#call("getInitializationContextAsync", () => succeed(this.#initializationContext ?? ""));
  }

  /**
   * Registers the add-in for an item event (`"olkRecipientsChanged"`, `"olkInitializationContextChanged"`).
   * Fails with 5000 for an event this requirement set lacks. The handlers themselves live with the
   * caller, which listens through `onRecipientsChanged` / `onInitializationContextChanged`.
   */
  addHandler(eventType: string): Promise<HostResult<void>> {
    const minimum = ITEM_EVENT_MINIMUM_SET[eventType];
    return this.#call("addHandlerAsync", () => {
      if (minimum === undefined || !isMailboxVersionSupported(this.#requirementSet, minimum)) {
        return fail("OperationNotSupported", `This Outlook has no "${eventType}" event.`);
      }
      return succeed(undefined);
    });
  }

  removeHandler(_eventType: string): Promise<HostResult<void>> {
    return this.#call("removeHandlerAsync", () => succeed(undefined));
  }

  /**
   * Sets internet headers, replacing any of the same name (ignoring case). Office.js has already checked the
   * names and lengths; the host adds the server's rule: fails with 9042, setting nothing, when the message's
   * headers would pass `INTERNET_HEADER_QUOTA_BYTES`.
   */
  setInternetHeaders(headers: Readonly<Record<string, string>>): Promise<HostResult<void>> {
    const incoming = { ...headers };
    return this.#call("internetHeaders.setAsync", () => {
      const result = this.#internetHeaders.set(incoming);
      if (result.ok) this.#changed();
      return result;
    });
  }

  /** `{ composeType, coercionType }`, as Outlook answers `getComposeTypeAsync` (the body is plain text here). */
  getComposeType(): Promise<HostResult<{ composeType: ComposeTypeName; coercionType: "text" | "html" }>> {
    return this.#call("getComposeTypeAsync", () => succeed({ composeType: this.#composeType, coercionType: "text" }));
  }

  // ---- Launch events and function commands ------------------------------------------------

  /**
   * Runs the handler associated under `name` with `{ ...eventProps, completed }` and settles at the
   * first `event.completed()`; see `DispatchResult`. `lastDispatch` keeps counting completed calls.
   *
   * @example
   * const result = await host.dispatch("onMessageSendHandler", { type: "messageSend" });
   * if (result.completed && result.options?.allowEvent === false) showSmartAlert(result.options);
   */
  dispatch(
    name: string,
    eventProps: Readonly<Record<string, unknown>> = {},
    options?: DispatchOptions,
  ): Promise<DispatchResult> {
    const onStart = (record: DispatchRecord) => {
      this.#lastDispatch = record;
    };
    if (this.#dispatcher) return this.#dispatcher(name, eventProps, options, onStart);
    return dispatchAction(this.actions, name, eventProps, options, onStart);
  }

  /**
   * Makes `dispatch` run handlers through `dispatcher` (an add-in frame on Microsoft's Office.js, say)
   * instead of the handlers associated in `actions`. Returns a function that restores `actions`;
   * `reset()` keeps the dispatcher, as it keeps the associations.
   */
  useDispatcher(dispatcher: ActionDispatcher): () => void {
    this.#dispatcher = dispatcher;
    return () => {
      if (this.#dispatcher === dispatcher) this.#dispatcher = undefined;
    };
  }

  /** The most recent dispatch, live: its `completedCalls` goes on counting after it settled. */
  get lastDispatch(): DispatchRecord | undefined {
    return this.#lastDispatch;
  }

  // ---- Faults, latency and the call log ----------------------------------------------------

  /**
   * Breaks calls of one method: "fail" answers an error (9002 unless `error` says otherwise),
   * "hang" never answers. Returns a function that removes this fault.
   *
   * @example
   * host.injectFault({ method: "bcc.addAsync", call: 2, kind: "fail" }); // the 2nd bcc.addAsync from now fails
   */
  injectFault(spec: FaultSpec): () => void {
    return this.#faults.inject(spec);
  }

  clearFaults(): void {
    this.#faults.clear();
  }

  /** Faults still waiting to fire. */
  get faults(): readonly FaultSpec[] {
    return this.#faults.pending;
  }

  /** Sets how long each call waits before it is answered; with `method`, for that method only. */
  setLatency(ms: number, method?: HostMethod): void {
    this.#latency.set(ms, method);
  }

  /** Removes every per-method latency, keeping the default one. */
  clearMethodLatencies(): void {
    this.#latency.clearMethods();
  }

  /** Every call since the last `resetCallLog()`, oldest first. */
  get calls(): readonly HostCall[] {
    return this.#log.calls;
  }

  /** How many calls were made (of `method`, when given) since the last `resetCallLog()`. */
  callCount(method?: HostMethod): number {
    return this.#log.count(method);
  }

  /** Calls made and not yet answered; a hung call stays here. */
  get pendingCalls(): number {
    return this.#log.pending;
  }

  /** The most calls that were in flight at once since the last `resetCallLog()`. */
  get peakPendingCalls(): number {
    return this.#log.peakPending;
  }

  resetCallLog(): void {
    this.#log.forget();
  }

  // ---- Listening ---------------------------------------------------------------------------

  /**
   * Called once per operation that changed To, Cc or Bcc, whether the add-in or the user made it,
   * in a later task (as Outlook's event arrives after the change). Returns an unsubscribe function.
   */
  onRecipientsChanged(listener: (event: RecipientsChangedEvent) => void): () => void {
    return this.#recipientsListeners.add(listener);
  }

  /** Called, in a later task, by `setInitializationContext(…, { notify: true })`. */
  onInitializationContextChanged(listener: (event: InitializationContextChangedEvent) => void): () => void {
    return this.#contextListeners.add(listener);
  }

  /**
   * Called synchronously after any change to what `getSnapshot()` returns, so a UI can re-render
   * (it fits React's `useSyncExternalStore(host.subscribe, host.getSnapshot)`).
   */
  readonly subscribe = this.#store.subscribe;

  /** The current state as one frozen value; the same object until something changes. */
  readonly getSnapshot = this.#store.getSnapshot;

  /**
   * A fresh compose window: no recipients, subject or body; no infobars, session data, initialization
   * context, faults, latency or logged calls; Mailbox 1.15, "en-US", Alex Agent <agent@contoso.com>.
   * Associated actions and listeners stay. Calls still in flight fail with 9030 (the item changed).
   */
  reset(): void {
    this.#generation += 1;
    this.#faults.clear();
    this.#latency.reset();
    this.#log.reset();
    this.#lastDispatch = undefined;
    this.#recipients = { to: NO_RECIPIENTS, cc: NO_RECIPIENTS, bcc: NO_RECIPIENTS };
    this.#notifications.clear();
    this.#sessionData.clear();
    this.#internetHeaders.clear();
    this.#configure({});
    this.#changed();
  }

  // ---- Internals ---------------------------------------------------------------------------

  #configure(options: OutlookHostOptions): void {
    this.#from = options.from === undefined ? DEFAULT_SENDER : toHostRecipient(options.from);
    this.#recipients = {
      to: freezeRecipients((options.to ?? []).map(toHostRecipient)),
      cc: freezeRecipients((options.cc ?? []).map(toHostRecipient)),
      bcc: freezeRecipients((options.bcc ?? []).map(toHostRecipient)),
    };
    this.#subject = options.subject ?? "";
    this.#body = options.body ?? "";
    this.#composeType = options.composeType ?? "newMail";
    this.#requirementSet = options.requirementSet ?? "1.15";
    this.#displayLanguage = options.displayLanguage ?? "en-US";
    this.#officeTheme = options.officeTheme;
    this.#userProfile = options.userProfile ? Object.freeze({ ...options.userProfile }) : DEFAULT_USER_PROFILE;
    this.#initializationContext = options.initializationContext ?? null;
    this.#client = options.client ?? "desktop";
    if (options.latencyMs !== undefined) this.setLatency(options.latencyMs);
  }

  /**
   * Logs the call, then answers after the latency: 9030 if reset() happened meanwhile, 5000 if the
   * requirement set lacks the method, the fault's error if one fires, else whatever `run` decides.
   */
  #call<T>(method: HostMethod, run: () => HostResult<T>): Promise<HostResult<T>> {
    this.#log.started(method);
    const generation = this.#generation;
    const supported = compareVersions(MINIMUM_MAILBOX_SET[method], this.#requirementSet) <= 0;
    const waitingFaults = this.#faults.pending.length;
    const fault = this.#faults.take(method);
    // A one-shot fault that fired (or can no longer fire) leaves the list: tell the page, which shows it as fired.
    if (this.#faults.pending.length !== waitingFaults) this.#changed();
    if (fault?.kind === "hang") return new Promise<never>(() => {});

    return new Promise((resolve) => {
      setTimeout(() => {
        if (generation !== this.#generation) {
          resolve(fail("APICallFailedDueToItemChange"));
          return;
        }
        this.#log.answered();
        if (!supported) resolve(fail("OperationNotSupported"));
        else if (fault) resolve(fail(fault.error));
        else resolve(run());
      }, this.#latency.for(method));
    });
  }

  #writeRecipients(field: RecipientField, next: readonly HostRecipient[]): HostResult<void> {
    const limit = this.limits.recipientsPerField;
    if (next.length > limit) {
      return fail("NumberOfRecipientsExceeded", `A recipient field can hold at most ${limit} recipients.`);
    }
    if (this.#replaceRecipients(field, next)) {
      this.#changed();
      this.#announceRecipients({ to: field === "to", cc: field === "cc", bcc: field === "bcc" });
    }
    return succeed(undefined);
  }

  /** Stores the list and says whether the field's content changed. */
  #replaceRecipients(field: RecipientField, next: readonly HostRecipient[]): boolean {
    const before = this.#recipients[field];
    this.#recipients = { ...this.#recipients, [field]: freezeRecipients(next) };
    return !sameRecipients(before, next);
  }

  #putNotification(key: string, details: NotificationDetails): HostResult<void> {
    const result = this.#notifications.put(key, details, { oneAtATime: isPhone(this.#client) });
    if (result.ok) this.#changed();
    return result;
  }

  #announceRecipients(changed: ChangedRecipientFields): void {
    if (changed.to || changed.cc || changed.bcc) {
      this.#emitLater(this.#recipientsListeners, { changedRecipientFields: changed });
    }
  }

  #changed(): void {
    this.#store.notify();
  }

  #emitLater<E>(listeners: ListenerSet<E>, event: E): void {
    setTimeout(() => listeners.emit(event), 0);
  }

  #readSnapshot(): OutlookHostSnapshot {
    return Object.freeze({
      from: this.#from,
      to: this.#recipients.to,
      cc: this.#recipients.cc,
      bcc: this.#recipients.bcc,
      subject: this.#subject,
      body: this.#body,
      notifications: this.#notifications.list(),
      sessionData: Object.freeze(this.#sessionData.toRecord()),
      initializationContext: this.#initializationContext,
      internetHeaders: Object.freeze(this.#internetHeaders.toRecord()),
      composeType: this.#composeType,
      requirementSet: this.#requirementSet,
      displayLanguage: this.#displayLanguage,
      officeTheme: this.#officeTheme,
      userProfile: this.#userProfile,
      client: this.#client,
    });
  }
}

/** Same as `new OutlookHost(options)`, for callers that prefer a factory. */
export function createOutlookHost(options?: OutlookHostOptions): OutlookHost {
  return new OutlookHost(options);
}
