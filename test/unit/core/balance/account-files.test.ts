import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import {
  accountFilePath,
  BALANCE_DIR,
  deleteAccountFiles,
} from '../../../../electron/core/balance/account-files.js';

let dataDir = '';
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'account-files-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const gone = { baseUrl: 'https://aihubmix.com', accountId: 'a1' };
const kept = { baseUrl: 'https://aihubmix.com', accountId: 'a2' };
const sameIdOtherGateway = { baseUrl: 'https://api.aihubmix.com', accountId: 'a1' };

describe('deleteAccountFiles', () => {
  it("removes the account's files and leftovers on this gateway only", async () => {
    await mkdir(join(dataDir, BALANCE_DIR), { recursive: true });
    const history = accountFilePath(dataDir, gone, 'balance-history');
    const mine = [
      history,
      accountFilePath(dataDir, gone, 'alert-policy'),
      `${history}.corrupt-1700000000000`,
      `${history}.1234.abcd.tmp`,
    ];
    const others = [
      accountFilePath(dataDir, kept, 'balance-history'),
      accountFilePath(dataDir, sameIdOtherGateway, 'alert-policy'),
    ];
    for (const path of [...mine, ...others]) await writeFile(path, '{}');

    expect(await deleteAccountFiles(dataDir, gone)).toBe(mine.length);
    expect((await readdir(join(dataDir, BALANCE_DIR))).sort()).toEqual(
      others.map((path) => basename(path)).sort(),
    );
  });

  it('is a no-op when nothing was ever written', async () => {
    expect(await deleteAccountFiles(dataDir, gone)).toBe(0);
  });
});
