import type { ResultError } from '../../shared/result.js';

type ServiceErrorCode = Extract<
  ResultError['code'],
  'bad_request' | 'forbidden' | 'not_signed_in' | 'internal'
>;

/**
 * An expected refusal by the service itself (not the gateway): a bad value, no active account, a
 * URL the policy refuses. Its message is written for the user and never contains a secret, so
 * dispatchInvoke passes it through as is; anything else that is thrown becomes a generic error.
 */
export class ServiceError extends Error {
  override readonly name = 'ServiceError';

  constructor(
    readonly code: ServiceErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const badRequest = (message: string): ServiceError =>
  new ServiceError('bad_request', message);

export const notSignedIn = (what = 'do that'): ServiceError =>
  new ServiceError('not_signed_in', `Sign in to an AiHubMix account to ${what}.`);
