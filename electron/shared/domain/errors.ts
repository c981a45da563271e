/**
 * Stable error codes every layer agrees on: the core throws them, IPC carries them, the CLI maps
 * them to exit codes and the renderer to messages. Never add a code without a user-facing message.
 */
export const API_ERROR_CODES = [
  'auth', // the access token (or sk- key) is missing, wrong, expired or lacks permission
  'network', // connection refused, DNS failure, TLS failure, reset
  'timeout', // connect, total or idle-between-chunks timeout
  'rate_limited', // HTTP 429 (often with an empty body)
  'gateway', // the gateway refused or failed: success:false, 4xx/5xx with a message
  'invalid_response', // a response that does not match what the endpoint documents
  'incomplete_stream', // a chat stream that ended without a finish_reason
  'aborted', // the caller cancelled (AbortSignal)
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** What crosses process boundaries (IPC, the CLI's JSON errors): plain data, no stack. */
export interface ApiErrorInfo {
  code: ApiErrorCode;
  /** One or two sentences a user understands. Never contains a secret. */
  message: string;
  /** The endpoint path (without query), when the error came from one. */
  endpoint?: string;
  /** HTTP status, when there was one. */
  status?: number;
  /** The gateway's own message, redacted, when it gave one. */
  gatewayMessage?: string;
}
