import type { ApiErrorCode, ApiErrorInfo } from '../../shared/domain/errors.js';
import type { ChatResult } from '../../shared/domain/chat.js';

/**
 * The one error type the core throws. `message` is written for a user and is already redacted;
 * `info()` is what may cross a process boundary.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: ApiErrorCode;
  readonly endpoint: string | undefined;
  readonly status: number | undefined;
  readonly gatewayMessage: string | undefined;
  /** For 'incomplete_stream' and 'aborted' chat errors: what had arrived. */
  readonly partial: ChatResult | undefined;

  constructor(
    code: ApiErrorCode,
    message: string,
    details: {
      endpoint?: string;
      status?: number;
      gatewayMessage?: string;
      partial?: ChatResult;
      cause?: unknown;
    } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.endpoint = details.endpoint;
    this.status = details.status;
    this.gatewayMessage = details.gatewayMessage;
    this.partial = details.partial;
  }

  info(): ApiErrorInfo {
    const info: ApiErrorInfo = { code: this.code, message: this.message };
    if (this.endpoint !== undefined) info.endpoint = this.endpoint;
    if (this.status !== undefined) info.status = this.status;
    if (this.gatewayMessage !== undefined) info.gatewayMessage = this.gatewayMessage;
    return info;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
