import type { SecretStore } from '../../core/ports.js';

/**
 * No usable store and no fallback chosen yet: reads find nothing, writes fail with the reason,
 * so the window can explain it and offer the fallbacks. Never a silent plain-text file.
 */
export function createUnavailableSecretStore(reason: string): SecretStore {
  return {
    status: async () => ({ backend: 'none', available: false, reason }),
    get: async () => null,
    set: async () => {
      throw new SecretStoreUnavailableError(reason);
    },
    delete: async () => false,
  };
}

export class SecretStoreUnavailableError extends Error {
  override readonly name = 'SecretStoreUnavailableError';
}
