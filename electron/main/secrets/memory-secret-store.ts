import type { SecretStore } from '../../core/ports.js';

/** Secrets kept in this process only: chosen knowingly by the user, gone when the app quits. */
export function createMemorySecretStore(): SecretStore {
  const secrets = new Map<string, string>();
  return {
    status: async () => ({
      backend: 'memory',
      available: true,
      reason: 'The token is kept in memory for this run only; you will be asked again next time.',
    }),
    get: async (account) => secrets.get(account) ?? null,
    set: async (account, secret) => {
      secrets.set(account, secret);
    },
    delete: async (account) => secrets.delete(account),
  };
}
