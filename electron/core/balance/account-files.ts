import { createHash } from 'node:crypto';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** Identifies whose balance a file holds: one account on one gateway. */
export interface AccountKey {
  baseUrl: string;
  accountId: string;
}

/** The folder, under the app's data folder, that holds every account's balance files. */
export const BALANCE_DIR = 'balance';

/**
 * A file path for per-account balance data. The name is a hash of base URL and account id, so the
 * same account on two gateways never shares state, and nothing identifying (least of all a token)
 * appears in a file name.
 */
export function accountFilePath(dataDir: string, key: AccountKey, suffix: string): string {
  return join(dataDir, BALANCE_DIR, `${accountFileStem(key)}.${suffix}.json`);
}

function accountFileStem(key: AccountKey): string {
  return createHash('sha256').update(`${key.baseUrl}|${key.accountId}`).digest('hex').slice(0, 32);
}

/**
 * Deletes every balance file of one account on one gateway: the history, the alert policy's state,
 * and their leftovers (`.corrupt-<time>` copies set aside, temporary files of an interrupted
 * write), all of which start with the account's stem. Called when the account is removed, so a
 * signed-out account leaves no record of its spending behind. The caller stops the account's
 * monitor first, so no write can recreate a file afterwards. Returns how many files went.
 */
export async function deleteAccountFiles(dataDir: string, key: AccountKey): Promise<number> {
  const dir = join(dataDir, BALANCE_DIR);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  const prefix = `${accountFileStem(key)}.`;
  const mine = names.filter((name) => name.startsWith(prefix));
  await Promise.all(mine.map((name) => rm(join(dir, name), { force: true })));
  return mine.length;
}
