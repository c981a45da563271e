import { ApiError } from './errors.js';
import { redact } from './redact.js';

/**
 * The client boundary: whatever happened inside, the caller gets an ApiError whose message and
 * gatewayMessage carry no secret. Anything that is not an ApiError yet is a bug in a response
 * reader; it still reaches the user as a readable error, never a stack trace.
 */
export function toSafeApiError(
  error: unknown,
  secrets: readonly (string | null | undefined)[],
): ApiError {
  const apiError =
    error instanceof ApiError
      ? error
      : new ApiError('invalid_response', 'AiHubMix sent a response the app could not read.', {
          cause: error,
        });
  const message = redact(apiError.message, secrets);
  const gatewayMessage =
    apiError.gatewayMessage === undefined ? undefined : redact(apiError.gatewayMessage, secrets);
  if (message === apiError.message && gatewayMessage === apiError.gatewayMessage) return apiError;
  return new ApiError(apiError.code, message, {
    ...(apiError.endpoint === undefined ? {} : { endpoint: apiError.endpoint }),
    ...(apiError.status === undefined ? {} : { status: apiError.status }),
    ...(gatewayMessage === undefined ? {} : { gatewayMessage }),
    ...(apiError.partial === undefined ? {} : { partial: apiError.partial }),
    cause: apiError.cause,
  });
}
