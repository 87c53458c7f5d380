/*
 * The event runtime's entry, built as one classic script (dist/events.js). Classic Outlook on Windows loads
 * it in a JavaScript-only runtime: no DOM, no localStorage, no module loader, and Office.onReady never runs
 * before a handler. So handlers are associated at the top level, and everything a handler needs (the item,
 * the language, the requirement sets) is read inside the handler, when the event arrives.
 */
import { associateActions } from "../office/actions.ts";
import { FUNCTION_NAMES } from "../office/addinIds.ts";
import { readClientInfo } from "../office/clientInfo.ts";
import { compiledPolicy } from "../office/compiledPolicy.ts";
import { createComposeTypeReader } from "../office/composeType.ts";
import { createHeaderWriter } from "../office/internetHeaders.ts";
import { createMailItem } from "../office/mailItem.ts";
import { getOffice } from "../office/officeGlobal.ts";
import { createPhoneExtras } from "../office/phoneSurface.ts";
import { createSnapshotStore } from "../office/recipientSnapshot.ts";
import { createWriteLock } from "../office/writeLock.ts";

import { handleMoveToBccCommand } from "./moveToBccCommand.ts";
import { handlePhoneRecipientsChanged } from "./phoneNotice.ts";
import { handleRecipientsChanged } from "./recipientsChangedHandler.ts";
import { errorCompletedOptions, handleMessageSend } from "./sendHandler.ts";

function liveDeps() {
  const office = getOffice();
  const item = createMailItem(office);
  return {
    item,
    policy: compiledPolicy(),
    client: readClientInfo(office),
    headers: createHeaderWriter(office),
    composeType: createComposeTypeReader(office),
  };
}

associateActions({
  [FUNCTION_NAMES.onMessageSend]: (event) => {
    let deps;
    try {
      deps = liveDeps();
    } catch {
      // Office itself is missing: nothing can be read, so the organisation's onError rule decides.
      const client = { displayLanguage: "en-US", supportsMailbox: () => false, recipientFieldLimit: 500 };
      event.completed(errorCompletedOptions(compiledPolicy(), client));
      return;
    }
    void handleMessageSend(event, deps);
  },
  [FUNCTION_NAMES.onRecipientsChanged]: (event) => {
    try {
      const deps = liveDeps();
      // Outlook on iOS and Android: only the mobile API surface, one notice, no pane and no check at Send.
      const phone = deps.client.phone;
      if (phone) void handlePhoneRecipientsChanged(event, { ...deps, extras: createPhoneExtras(getOffice(), phone) });
      else void handleRecipientsChanged(event, deps);
    } catch {
      event.completed();
    }
  },
  [FUNCTION_NAMES.moveToBcc]: (event) => {
    try {
      const deps = liveDeps();
      const store = createSnapshotStore(deps.item, {
        sessionDataLimit: deps.client.sessionDataLimit,
        // This runtime ends with the command: a copy kept only here could never be used.
        remember: false,
      });
      void handleMoveToBccCommand(event, { ...deps, store, lock: createWriteLock(deps.item, "move") });
    } catch {
      event.completed();
    }
  },
});
