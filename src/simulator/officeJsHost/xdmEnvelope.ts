/**
 * The JSON messages Office.js and its host exchange over `postMessage` ("XDM"), as in `@microsoft/office-js`
 * 1.1.110. Field names keep Office.js's spelling.
 */

/** `_actionType` of a request. */
export const XDM_ACTION = { invoke: 0, registerEvent: 1, unregisterEvent: 2 } as const;

/** A message from the add-in frame. */
export interface XdmRequest {
  readonly _messageType: 0;
  readonly _actionName: string;
  readonly _actionType: (typeof XDM_ACTION)[keyof typeof XDM_ACTION];
  readonly _conversationId: string;
  readonly _correlationId: number;
  readonly _origin?: string;
  readonly _data: unknown;
}

/** A message to the add-in frame: the answer to a request, or an event it registered for. */
export interface XdmResponse {
  readonly _messageType: 1;
  readonly _actionName: string;
  readonly _conversationId: string;
  readonly _correlationId: number;
  /** 0; Office.js treats anything else as a transport failure. */
  readonly _errorCode: 0;
  /** 0 answers the request with this correlation id; 1 fires the event named by `_actionName`. */
  readonly _responseType: 0 | 1;
  readonly _data: unknown;
  readonly _serializerVersion: 1;
}

/** Reads a request, or undefined for anything that is not one (other frames' traffic, answers, noise). */
export function parseXdmRequest(json: unknown): XdmRequest | undefined {
  if (typeof json !== "string") return undefined;
  let message: unknown;
  try {
    message = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof message !== "object" || message === null) return undefined;
  const m = message as Record<string, unknown>;
  const isAction = m._actionType === 0 || m._actionType === 1 || m._actionType === 2;
  if (m._messageType !== 0 || !isAction) return undefined;
  if (typeof m._actionName !== "string" || typeof m._conversationId !== "string") return undefined;
  if (typeof m._correlationId !== "number") return undefined;
  return message as XdmRequest;
}

export function answer(request: XdmRequest, data: unknown): string {
  return envelope(request._actionName, request._conversationId, request._correlationId, 0, data);
}

export function eventMessage(actionName: string, conversationId: string, sequence: number, data: unknown): string {
  return envelope(actionName, conversationId, sequence, 1, data);
}

function envelope(
  actionName: string,
  conversationId: string,
  correlationId: number,
  responseType: 0 | 1,
  data: unknown,
): string {
  const response: XdmResponse = {
    _messageType: 1,
    _actionName: actionName,
    _conversationId: conversationId,
    _correlationId: correlationId,
    _errorCode: 0,
    _responseType: responseType,
    _data: data,
    _serializerVersion: 1,
  };
  return JSON.stringify(response);
}
