import { ApiError } from '../api/errors.js';

/**
 * one-api/new-api refuse to enable a key that has expired or used up its budget, in Chinese
 * ("令牌已过期，无法启用…", "令牌可用额度已用尽，无法启用…"). Say why in English and what to do.
 */
export function explainEnableRefusal(error: unknown): unknown {
  if (!(error instanceof ApiError) || error.code !== 'gateway') return error;
  const reason = enableRefusalReason(error.gatewayMessage ?? '');
  if (reason === null) return error;
  const message =
    reason === 'expired'
      ? 'This key has expired. Change its expiry (or set it to never expire), then enable it.'
      : "This key's quota is used up. Raise its quota or make it unlimited, then enable it.";
  return new ApiError('gateway', message, {
    ...(error.endpoint === undefined ? {} : { endpoint: error.endpoint }),
    ...(error.status === undefined ? {} : { status: error.status }),
    ...(error.gatewayMessage === undefined ? {} : { gatewayMessage: error.gatewayMessage }),
    cause: error,
  });
}

/** Why the gateway refused to enable a key, read from its (often Chinese) message. */
export function enableRefusalReason(gatewayMessage: string): 'expired' | 'exhausted' | null {
  const said = gatewayMessage.toLowerCase();
  if (said.includes('过期') || said.includes('expire')) return 'expired';
  if (
    said.includes('额度') ||
    said.includes('用尽') ||
    said.includes('quota') ||
    said.includes('exhaust')
  )
    return 'exhausted';
  return null;
}
