import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../../fakes/electron/index.js'));

import type { SecretStore } from '../../../../electron/core/ports.js';
import { createMemorySecretStore } from '../../../../electron/main/secrets/memory-secret-store.js';
import {
  createSafeStorageStore,
  SAFE_STORAGE_FILE,
} from '../../../../electron/main/secrets/safe-storage-store.js';
import {
  createSwitchableSecretStore,
  selectSecretStore,
} from '../../../../electron/main/secrets/select-secret-store.js';
import { fakeState, resetFakeElectron, safeStorage } from '../../../fakes/electron/index.js';

const TOKEN = 'd3e0a1b2c3d4e5f60718293a4b5c6d7e';
let dir: string;

beforeEach(() => {
  resetFakeElectron();
  dir = mkdtempSync(join(tmpdir(), 'aihubmix-secrets-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const keychain = (available: boolean): SecretStore => ({
  status: async () =>
    available
      ? { backend: 'keychain', available: true }
      : { backend: 'keychain', available: false, reason: 'No Secret Service is running.' },
  get: async () => null,
  set: async () => undefined,
  delete: async () => false,
});

const factories = (keychainAvailable: boolean) => ({
  keychain: keychain(keychainAvailable),
  safeStorage: () => createSafeStorageStore(safeStorage, dir, 'linux'),
  memory: createMemorySecretStore,
});

describe('secret store selection', () => {
  it('uses the keychain whenever it works, whatever the fallback setting', async () => {
    for (const fallback of ['none', 'safe-storage', 'memory'] as const) {
      const store = await selectSecretStore(factories(true), fallback);
      expect((await store.status()).backend).toBe('keychain');
    }
  });

  it('without a keychain and no choice made: unavailable, with the reason, nothing written', async () => {
    const store = await selectSecretStore(factories(false), 'none');
    expect(await store.status()).toEqual({
      backend: 'none',
      available: false,
      reason: 'No Secret Service is running.',
    });
    await expect(store.set('acct', TOKEN)).rejects.toThrow('No Secret Service');
    expect(await store.get('acct')).toBeNull();
  });

  it('without a keychain: the fallback the user chose', async () => {
    expect((await (await selectSecretStore(factories(false), 'memory')).status()).backend).toBe(
      'memory',
    );
    expect(
      (await (await selectSecretStore(factories(false), 'safe-storage')).status()).backend,
    ).toBe('safe-storage');
  });

  it('refuses safeStorage on Linux when its backend is basic_text', async () => {
    fakeState.controls.storageBackend = 'basic_text';
    const store = await selectSecretStore(factories(false), 'safe-storage');
    const status = await store.status();
    expect(status).toMatchObject({ backend: 'none', available: false });
    expect(status.reason).toMatch(/No Secret Service.*fixed built-in key/);
  });

  it('re-selects at run time and keeps the memory store across switches', async () => {
    const store = await createSwitchableSecretStore(factories(false), 'memory');
    await store.set('acct', TOKEN);
    expect((await store.reselect('none')).backend).toBe('none');
    expect(await store.get('acct')).toBeNull();
    expect((await store.reselect('memory')).backend).toBe('memory');
    expect(await store.get('acct')).toBe(TOKEN);
  });
});

describe('safeStorage store', () => {
  it('round-trips through a 0600 file that never holds the plain token', async () => {
    const store = createSafeStorageStore(safeStorage, dir, 'linux');
    expect(await store.status()).toEqual({ backend: 'safe-storage', available: true });
    await store.set('work', TOKEN);
    await store.set('home', 'another-token-value');
    const file = join(dir, SAFE_STORAGE_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).not.toContain(TOKEN);
    // A fresh instance (next app start) reads the same secrets back.
    const again = createSafeStorageStore(safeStorage, dir, 'linux');
    expect(await again.get('work')).toBe(TOKEN);
    expect(await again.get('missing')).toBeNull();
    expect(await again.delete('work')).toBe(true);
    expect(await again.delete('work')).toBe(false);
    expect(await again.get('home')).toBe('another-token-value');
  });

  it('refuses to write when encryption is unavailable or the Linux backend is basic_text', async () => {
    const store = createSafeStorageStore(safeStorage, dir, 'linux');
    fakeState.controls.storageBackend = 'basic_text';
    await expect(store.set('work', TOKEN)).rejects.toThrow(/fixed built-in key/);
    fakeState.controls.storageBackend = 'kwallet6';
    fakeState.controls.encryptionAvailable = false;
    expect(await store.status()).toMatchObject({ available: false });
    await expect(store.set('work', TOKEN)).rejects.toThrow(/not available/);
  });

  it('ignores the Linux backend on macOS and Windows', async () => {
    fakeState.controls.storageBackend = 'basic_text';
    const store = createSafeStorageStore(safeStorage, dir, 'darwin');
    expect((await store.status()).available).toBe(true);
  });

  it('re-encrypts when the OS asks for it', async () => {
    const store = createSafeStorageStore(safeStorage, dir, 'win32');
    await store.set('work', TOKEN);
    const spy = vi
      .spyOn(safeStorage, 'decryptStringAsync')
      .mockResolvedValueOnce({ result: TOKEN, shouldReEncrypt: true });
    const encrypt = vi.spyOn(safeStorage, 'encryptStringAsync');
    expect(await store.get('work')).toBe(TOKEN);
    expect(encrypt).toHaveBeenCalledWith(TOKEN);
    spy.mockRestore();
    encrypt.mockRestore();
  });
});
