/**
 * Every call an add-in can make to the simulated Outlook host, named the way the add-in writes it
 * (`item.bcc.addAsync` is `"bcc.addAsync"`). These names key the call log, fault injection and latency.
 */
export const HOST_METHODS = [
  "to.getAsync",
  "to.setAsync",
  "to.addAsync",
  "cc.getAsync",
  "cc.setAsync",
  "cc.addAsync",
  "bcc.getAsync",
  "bcc.setAsync",
  "bcc.addAsync",
  "from.getAsync",
  "subject.getAsync",
  "subject.setAsync",
  "body.getAsync",
  "notificationMessages.addAsync",
  "notificationMessages.replaceAsync",
  "notificationMessages.removeAsync",
  "notificationMessages.getAllAsync",
  "sessionData.getAsync",
  "sessionData.setAsync",
  "sessionData.removeAsync",
  "sessionData.clearAsync",
  "sessionData.getAllAsync",
  "getInitializationContextAsync",
  "internetHeaders.setAsync",
  "getComposeTypeAsync",
  "addHandlerAsync",
  "removeHandlerAsync",
  "internetHeaders.getAsync",
  "internetHeaders.removeAsync",
] as const;

export type HostMethod = (typeof HOST_METHODS)[number];

/**
 * The oldest Mailbox requirement set that has each method. A host claiming an older set answers
 * error 5000, as Outlook does for an API it lacks.
 */
export const MINIMUM_MAILBOX_SET: Readonly<Record<HostMethod, string>> = {
  "to.getAsync": "1.1",
  "to.setAsync": "1.1",
  "to.addAsync": "1.1",
  "cc.getAsync": "1.1",
  "cc.setAsync": "1.1",
  "cc.addAsync": "1.1",
  "bcc.getAsync": "1.1",
  "bcc.setAsync": "1.1",
  "bcc.addAsync": "1.1",
  "from.getAsync": "1.7",
  "subject.getAsync": "1.1",
  "subject.setAsync": "1.1",
  "body.getAsync": "1.3",
  "notificationMessages.addAsync": "1.3",
  "notificationMessages.replaceAsync": "1.3",
  "notificationMessages.removeAsync": "1.3",
  "notificationMessages.getAllAsync": "1.3",
  "sessionData.getAsync": "1.11",
  "sessionData.setAsync": "1.11",
  "sessionData.removeAsync": "1.11",
  "sessionData.clearAsync": "1.11",
  "sessionData.getAllAsync": "1.11",
  getInitializationContextAsync: "1.8",
  "internetHeaders.setAsync": "1.8",
  getComposeTypeAsync: "1.10",
  addHandlerAsync: "1.7",
  removeHandlerAsync: "1.7",
  "internetHeaders.getAsync": "1.8",
  "internetHeaders.removeAsync": "1.8",
};
