import { chmod, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { SafeStorage } from 'electron';

import type { SecretBackendStatus, SecretStore } from '../../core/ports.js';
import { writeFileAtomic } from '../../core/storage/atomic-file.js';

/**
 * Secrets encrypted with Electron's safeStorage (macOS Keychain key, Windows DPAPI, Linux
 * kwallet/libsecret key), the ciphertext in a 0600 JSON file in userData; safeStorage encrypts,
 * it does not store (Fiddle keeps its token the same way). Uses the async API: the sync one is
 * deprecated in Electron 45 and slated for removal (electron #53670); ciphertexts are compatible.
 *
 * Refused on Linux when the selected backend is `basic_text`: that is a hard-coded key, i.e.
 * plain text with extra steps, and the user chose this fallback expecting real encryption.
 */
export type SafeStorageApi = Pick<
  SafeStorage,
  | 'isAsyncEncryptionAvailable'
  | 'encryptStringAsync'
  | 'decryptStringAsync'
  | 'getSelectedStorageBackend'
>;

export const SAFE_STORAGE_FILE = 'secrets.safe-storage.json';

interface SecretsFile {
  version: 1;
  /** account → base64 ciphertext */
  entries: Record<string, string>;
}

export function createSafeStorageStore(
  safeStorage: SafeStorageApi,
  userDataDir: string,
  platform: NodeJS.Platform = process.platform,
): SecretStore {
  const path = join(userDataDir, SAFE_STORAGE_FILE);
  let queue: Promise<unknown> = Promise.resolve();
  // Writes are serialised so two quick `set`s cannot lose one another.
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };

  const status = async (): Promise<SecretBackendStatus> => {
    if (platform === 'linux') {
      const backend = safeStorage.getSelectedStorageBackend();
      if (backend === 'basic_text' || backend === 'unknown') {
        return {
          backend: 'safe-storage',
          available: false,
          reason:
            'No desktop keyring was detected, so Electron would encrypt with a fixed built-in key, which protects nothing. Start a keyring (GNOME Keyring or KWallet), or keep the token in memory for this run.',
        };
      }
    }
    if (!(await safeStorage.isAsyncEncryptionAvailable())) {
      return {
        backend: 'safe-storage',
        available: false,
        reason: 'The operating system’s encryption service is not available.',
      };
    }
    return { backend: 'safe-storage', available: true };
  };

  const ensureAvailable = async (): Promise<void> => {
    const current = await status();
    if (!current.available) throw new Error(current.reason);
  };

  const load = async (): Promise<SecretsFile> => {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, entries: {} };
      throw error;
    }
    const parsed = JSON.parse(text) as Partial<SecretsFile>;
    const entries: Record<string, string> = {};
    for (const [account, value] of Object.entries(parsed.entries ?? {})) {
      if (typeof value === 'string') entries[account] = value;
    }
    return { version: 1, entries };
  };

  const save = async (file: SecretsFile): Promise<void> => {
    await writeFileAtomic(path, JSON.stringify(file), { mode: 0o600 });
    // rename keeps the temp file's mode, but an older file may have been created looser.
    await chmod(path, 0o600).catch(() => undefined);
  };

  return {
    status,
    get: (account) =>
      serial(async () => {
        const file = await load();
        const cipher = file.entries[account];
        if (cipher === undefined) return null;
        await ensureAvailable();
        const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(
          Buffer.from(cipher, 'base64'),
        );
        if (shouldReEncrypt) {
          // The OS rotated or upgraded the key: store the secret under the new one.
          file.entries[account] = (await safeStorage.encryptStringAsync(result)).toString('base64');
          await save(file);
        }
        return result;
      }),
    set: (account, secret) =>
      serial(async () => {
        await ensureAvailable();
        const file = await load();
        file.entries[account] = (await safeStorage.encryptStringAsync(secret)).toString('base64');
        await save(file);
      }),
    delete: (account) =>
      serial(async () => {
        const file = await load();
        if (!(account in file.entries)) return false;
        delete file.entries[account];
        await save(file);
        return true;
      }),
  };
}
