import type { SecretBackendStatus, SecretStore } from '../../core/ports.js';
import type { AppSettings } from '../../shared/domain/settings.js';
import { createUnavailableSecretStore } from './unavailable-secret-store.js';

/**
 * Which secret store the app uses: the OS keychain (keytar) whenever it works; otherwise only
 * the fallback the user chose knowingly in Settings (`secretFallback`): safeStorage where it is
 * real encryption, or memory for this run. With no choice made, an unavailable store that says
 * why, so the window can offer the choice. Nothing is ever written in plain text.
 */
export interface SecretStoreFactories {
  keychain: SecretStore;
  safeStorage(): SecretStore;
  memory(): SecretStore;
}

export async function selectSecretStore(
  factories: SecretStoreFactories,
  fallback: AppSettings['secretFallback'],
): Promise<SecretStore> {
  const keychain = await factories.keychain.status();
  if (keychain.available) return factories.keychain;
  const why = keychain.reason ?? 'The system keychain is not available.';
  if (fallback === 'memory') return factories.memory();
  if (fallback === 'safe-storage') {
    const store = factories.safeStorage();
    const status = await store.status();
    if (status.available) return store;
    return createUnavailableSecretStore(`${why} ${status.reason ?? ''}`.trim());
  }
  return createUnavailableSecretStore(why);
}

/**
 * A SecretStore whose backing store can be re-selected at run time (the user picks a fallback in
 * Settings), so the service holds one stable port. Reports the selected backend's status.
 */
export interface SwitchableSecretStore extends SecretStore {
  reselect(fallback: AppSettings['secretFallback']): Promise<SecretBackendStatus>;
}

export async function createSwitchableSecretStore(
  factories: SecretStoreFactories,
  fallback: AppSettings['secretFallback'],
): Promise<SwitchableSecretStore> {
  let memory: SecretStore | null = null;
  // The memory store is created once, so switching back and forth keeps this run's token.
  const stable: SecretStoreFactories = {
    ...factories,
    memory: () => (memory ??= factories.memory()),
  };
  let current = await selectSecretStore(stable, fallback);
  return {
    status: () => current.status(),
    get: (account) => current.get(account),
    set: (account, secret) => current.set(account, secret),
    delete: (account) => current.delete(account),
    async reselect(next) {
      current = await selectSecretStore(stable, next);
      return current.status();
    },
  };
}
