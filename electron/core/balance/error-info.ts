import type { ApiErrorInfo } from '../../shared/domain/errors.js';
import { ApiError, isApiError } from '../api/errors.js';

/**
 * What a failed poll reports. ApiError carries a redacted, user-facing message; anything else is a
 * bug or an unexpected runtime failure whose message might hold a URL or a token, so it is
 * reported generically (and never with a stack).
 */
export function pollErrorInfo(error: unknown): ApiErrorInfo {
  if (isApiError(error)) return error.info();
  return {
    code: 'network',
    message: 'The balance could not be read because of an unexpected error; it will be retried.',
  };
}

export function pollTimeoutError(timeoutMs: number): ApiError {
  return new ApiError(
    'timeout',
    `The gateway did not answer the balance request within ${Math.round(timeoutMs / 1000)} s.`,
    { endpoint: '/api/user/self' },
  );
}
