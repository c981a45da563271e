import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import {
  createJsonSettingsStore,
  settingsFilePath,
} from '../../../../electron/core/service/json-settings-store.js';
import { DEFAULT_SETTINGS } from '../../../../electron/shared/domain/settings.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'settings-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('JSON settings store', () => {
  it('starts with the defaults and persists what is set', async () => {
    const store = createJsonSettingsStore(dir);
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    await store.set({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(createJsonSettingsStore(dir).get().theme).toBe('dark');
  });

  it('fills keys missing from an older file with defaults', async () => {
    await writeFile(settingsFilePath(dir), JSON.stringify({ theme: 'light' }));
    expect(createJsonSettingsStore(dir).get()).toEqual({ ...DEFAULT_SETTINGS, theme: 'light' });
  });

  it('sets a corrupt or invalid file aside and uses the defaults', async () => {
    await writeFile(settingsFilePath(dir), JSON.stringify({ pollIntervalSec: 'often' }));
    const store = createJsonSettingsStore(dir);
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(store.movedAside).not.toBeNull();
    expect((await readdir(dir)).some((name) => name.startsWith('settings.json.corrupt-'))).toBe(
      true,
    );
    await store.set(DEFAULT_SETTINGS);
    expect(JSON.parse(await readFile(settingsFilePath(dir), 'utf8'))).toEqual(DEFAULT_SETTINGS);
  });

  it('refuses to save an invalid value', () => {
    const store = createJsonSettingsStore(dir);
    expect(() => store.set({ ...DEFAULT_SETTINGS, pollIntervalSec: 0 })).toThrow();
  });
});
