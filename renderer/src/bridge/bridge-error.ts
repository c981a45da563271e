import type { ResultError } from '../../../electron/shared/result.js';

/**
 * The error every bridge hook throws when main answers `{ok:false}`: React Query keeps it as the
 * query's or mutation's error, and views read `code` to pick a message and a fix.
 */
export class BridgeError extends Error {
  readonly code: ResultError['code'] | 'transport';
  readonly gatewayMessage: string | undefined;
  readonly status: number | undefined;

  constructor(error: ResultError | { code: 'transport'; message: string }) {
    super(error.message);
    this.name = 'BridgeError';
    this.code = error.code;
    this.gatewayMessage = 'gatewayMessage' in error ? error.gatewayMessage : undefined;
    this.status = 'status' in error ? error.status : undefined;
  }
}

export function isBridgeError(error: unknown): error is BridgeError {
  return error instanceof BridgeError;
}
