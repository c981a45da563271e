import type { ApiErrorInfo } from './domain/errors.js';

/** What every IPC call returns: handlers never throw across the bridge. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ResultError };

/** Codes of the core's ApiError plus the edge's own (bad_request, forbidden, internal, …). */
export interface ResultError extends Omit<ApiErrorInfo, 'code'> {
  code: ApiErrorInfo['code'] | 'bad_request' | 'forbidden' | 'not_signed_in' | 'internal';
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: ResultError): Result<never> => ({ ok: false, error });
