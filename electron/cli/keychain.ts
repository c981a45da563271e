import type { AccountRecord } from '../core/accounts/account-registry.js';
import type { SecretStore } from '../core/ports.js';

/** The account registry and the keychain, loaded only by the commands that use them. */
export interface SavedAccounts {
  registry: {
    active(): Promise<AccountRecord | null>;
    get(id: string): Promise<AccountRecord | null>;
    upsert(record: AccountRecord): Promise<void>;
    setActive(id: string): Promise<void>;
    remove(id: string): Promise<void>;
  };
  store: SecretStore;
  accountIdFor(baseUrl: string, user: number | string): string;
  tokenSecretName(accountId: string): string;
}

export async function openSavedAccounts(env: NodeJS.ProcessEnv): Promise<SavedAccounts> {
  const [registryModule, { defaultUserDataDir }, { createKeytarStore }] = await Promise.all([
    import('../core/accounts/account-registry.js'),
    import('../core/accounts/user-data-dir.js'),
    import('../core/secrets/keytar-store.js'),
  ]);
  const { AccountRegistry, accountsFilePath, accountIdFor, tokenSecretName } = registryModule;
  return {
    registry: new AccountRegistry(accountsFilePath(defaultUserDataDir(env))),
    store: createKeytarStore(),
    accountIdFor,
    tokenSecretName,
  };
}

/** The last four characters, to tell tokens apart without revealing one. */
export const tokenHint = (token: string): string => token.slice(-4);
