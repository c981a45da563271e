import type { TFunction } from 'i18next';

import { isBridgeError } from '../bridge/bridge-error.js';

/**
 * A failed call in words: the app's own sentence for the code, and the gateway's reason when it
 * gave one (that is the part that tells the user what to fix).
 */
export function errorText(t: TFunction, error: unknown): string {
  if (!isBridgeError(error)) return error instanceof Error ? error.message : String(error);
  switch (error.code) {
    case 'auth':
      return t('errors.auth');
    case 'network':
      return t('errors.network');
    case 'timeout':
      return t('errors.timeout');
    case 'rate_limited':
      return t('errors.rate_limited');
    case 'gateway':
      return t('errors.gateway', { message: error.gatewayMessage ?? error.message });
    default:
      return error.message;
  }
}
