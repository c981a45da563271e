import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import {
  AccountRegistry,
  accountIdFor,
  accountsFilePath,
  type AccountRecord,
} from '../../../../electron/core/accounts/account-registry.js';
import { defaultUserDataDir } from '../../../../electron/core/accounts/user-data-dir.js';

const record = (id: string, name = id): AccountRecord => ({
  id,
  name,
  baseUrl: 'https://aihubmix.com',
  userId: 7,
  username: name,
  tokenHint: '44c1',
  createdAt: '2026-11-21T00:00:00.000Z',
});

describe('AccountRegistry', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'accounts-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('makes the first account active and keeps the choice across instances', async () => {
    const registry = new AccountRegistry(accountsFilePath(dir));
    await registry.upsert(record('a'));
    await registry.upsert(record('b'));
    expect((await registry.active())?.id).toBe('a');
    await registry.setActive('b');
    expect((await new AccountRegistry(accountsFilePath(dir)).active())?.id).toBe('b');
  });

  it('updates a record in place instead of adding a second one', async () => {
    const registry = new AccountRegistry(accountsFilePath(dir));
    await registry.upsert(record('a', 'Work'));
    await registry.upsert(record('b'));
    await registry.upsert(record('a', 'Renamed'));
    expect((await registry.list()).map((a) => [a.id, a.name])).toEqual([
      ['a', 'Renamed'],
      ['b', 'b'],
    ]);
  });

  it('moves the active account on when the active one is removed', async () => {
    const registry = new AccountRegistry(accountsFilePath(dir));
    await registry.upsert(record('a'));
    await registry.upsert(record('b'));
    await registry.remove('a');
    expect((await registry.active())?.id).toBe('b');
    await registry.remove('b');
    expect(await registry.active()).toBeNull();
  });

  it('never writes a token to disk', async () => {
    const registry = new AccountRegistry(accountsFilePath(dir));
    await registry.upsert(record('a'));
    const text = await readFile(accountsFilePath(dir), 'utf8');
    expect(text).not.toMatch(/token"\s*:/i);
    expect(text).toContain('"tokenHint": "44c1"');
  });

  it('keeps a corrupt file aside and starts empty instead of crashing', async () => {
    await writeFile(accountsFilePath(dir), '{ not json');
    const registry = new AccountRegistry(accountsFilePath(dir));
    expect(await registry.list()).toEqual([]);
    expect((await readdir(dir)).some((name) => name.startsWith('accounts.json.corrupt-'))).toBe(
      true,
    );
  });

  it('serialises concurrent updates without losing any', async () => {
    const registry = new AccountRegistry(accountsFilePath(dir));
    await Promise.all(['a', 'b', 'c', 'd'].map((id) => registry.upsert(record(id))));
    expect((await registry.list()).map((a) => a.id).sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('derives the same id for the same user on the same gateway', () => {
    expect(accountIdFor('https://aihubmix.com/', 7)).toBe(accountIdFor('https://aihubmix.com', 7));
    expect(accountIdFor('https://aihubmix.com', 7)).not.toBe(
      accountIdFor('https://api.aihubmix.com', 7),
    );
  });
});

describe('defaultUserDataDir', () => {
  it('matches where Electron keeps userData on each OS', () => {
    expect(defaultUserDataDir({}, 'linux', '/home/u')).toBe('/home/u/.config/AiHubMix Tray');
    expect(defaultUserDataDir({ XDG_CONFIG_HOME: '/x' }, 'linux', '/home/u')).toBe(
      '/x/AiHubMix Tray',
    );
    expect(defaultUserDataDir({}, 'darwin', '/Users/u')).toBe(
      '/Users/u/Library/Application Support/AiHubMix Tray',
    );
    expect(defaultUserDataDir({ APPDATA: 'C:\\R' }, 'win32', 'C:\\U')).toMatch(/AiHubMix Tray$/);
    expect(defaultUserDataDir({ AIHUBMIX_TRAY_DATA_DIR: '/tmp/t' }, 'linux', '/h')).toBe('/tmp/t');
  });
});
