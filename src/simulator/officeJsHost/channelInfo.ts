/** Where an add-in frame's Office.js finds its host, and which host it is. */
export interface ChannelInfoOptions {
  /** Names this frame's conversation; every message of the frame carries it. */
  readonly conversationId: string;
  /** The add-in instance; Office.js sends it back as `ControlId`. */
  readonly appId: string;
  /**
   * The host page's origin, e.g. "https://localhost:4000". Office.js posts only to it, accepts answers only
   * from it, and trusts it only over https on the add-in's own host name (or a Microsoft domain).
   */
  readonly hostOrigin: string;
  /**
   * Outlook's UI language; Office.js loads its own strings (error messages) for it.
   * @default "en-US"
   */
  readonly locale?: string;
  /**
   * The key prefix under which Office.js keeps this channel in the frame's sessionStorage.
   * @default `frame-${conversationId}`
   */
  readonly baseFrameName?: string;
}

export interface ChannelInfo {
  /** `type$platform$version$locale$correlation$dialog$logging$flags`: Outlook on the web. */
  readonly hostInfo: string;
  /** `conversationId$appId$hostOrigin`. */
  readonly xdmInfo: string;
  /**
   * The JSON Outlook on the web gives as the iframe's `name`, so the add-in's URL stays as the manifest
   * wrote it. Set it as the `name` attribute before the frame loads.
   */
  readonly windowName: string;
}

/** The host file version Office.js 1.1.110 uses for Outlook on the web (`outlook-web-16.01.js`). */
const OUTLOOK_WEB_FILE_VERSION = "16.01";

/**
 * Builds the host and channel information Outlook on the web hands an add-in frame. `$` separates the
 * fields, so none of them may contain it.
 */
export function createChannelInfo(options: ChannelInfoOptions): ChannelInfo {
  const { conversationId, appId, hostOrigin } = options;
  const locale = options.locale ?? "en-US";
  for (const [name, value] of Object.entries({ conversationId, appId, hostOrigin, locale })) {
    if (value === "" || value.includes("$")) throw new RangeError(`${name} must be non-empty and contain no "$".`);
  }
  const origin = new URL(hostOrigin).origin;
  if (origin !== hostOrigin) throw new RangeError(`hostOrigin must be an origin, like ${origin}; got ${hostOrigin}.`);

  // The seventh field asks Office.js not to log: its telemetry would otherwise post to Microsoft's collector,
  // which the add-in pages' Content Security Policy refuses (a console error on every load), and a simulator
  // has nothing to report.
  const hostInfo = `Outlook$Web$${OUTLOOK_WEB_FILE_VERSION}$${locale}$$$disableLogging$0`;
  const xdmInfo = `${conversationId}$${appId}$${hostOrigin}`;
  const windowName = JSON.stringify({
    baseFrameName: options.baseFrameName ?? `frame-${conversationId}`,
    hostInfo,
    xdmInfo,
    serializerVersion: 1,
  });
  return { hostInfo, xdmInfo, windowName };
}
