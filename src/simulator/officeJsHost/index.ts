// Outlook on the web's side of Microsoft's Office.js postMessage channel, for add-in frames in the simulator.
// Browser-safe; a Node server finds Office.js's files through ./officeJsFiles.ts instead.
export { createXdmHost } from "./xdmHost.ts";
export type { FocusHandBack, XdmHost, XdmHostOptions } from "./xdmHost.ts";
export { createChannelInfo } from "./channelInfo.ts";
export type { ChannelInfo, ChannelInfoOptions } from "./channelInfo.ts";
export { readCompletion } from "./completedOptions.ts";
export type { Completion } from "./completedOptions.ts";
