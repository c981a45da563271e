import { createHash } from 'node:crypto';
import { join } from 'node:path';

/** Identifies whose balance a file holds: one account on one gateway. */
export interface AccountKey {
  baseUrl: string;
  accountId: string;
}

/**
 * A file path for per-account balance data. The name is a hash of base URL and account id, so the
 * same account on two gateways never shares state, and nothing identifying (least of all a token)
 * appears in a file name.
 */
export function accountFilePath(dataDir: string, key: AccountKey, suffix: string): string {
  const digest = createHash('sha256').update(`${key.baseUrl}|${key.accountId}`).digest('hex');
  return join(dataDir, 'balance', `${digest.slice(0, 32)}.${suffix}.json`);
}
