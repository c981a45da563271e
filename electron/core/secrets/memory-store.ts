import type { SecretBackendStatus, SecretStore } from '../ports.js';

/**
 * Secrets kept in this process only: the "memory, for this run only" fallback when there is no
 * keychain, the browser preview and tests. Nothing is ever written anywhere.
 */
export function createMemoryStore(initial: Record<string, string> = {}): SecretStore & {
  /** For tests: the names currently stored (never the values). */
  names(): string[];
} {
  const values = new Map<string, string>(Object.entries(initial));
  return {
    status: (): Promise<SecretBackendStatus> =>
      Promise.resolve({ backend: 'memory', available: true }),
    get: (account) => Promise.resolve(values.get(account) ?? null),
    set: (account, secret) => {
      values.set(account, secret);
      return Promise.resolve();
    },
    delete: (account) => Promise.resolve(values.delete(account)),
    names: () => [...values.keys()],
  };
}
