import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';

import { readJsonFile, writeFileAtomic } from '../storage/atomic-file.js';

/**
 * The accounts the user signed in with (never their tokens: those live in the keychain under
 * `tokenSecretName(id)`), and which one is active. Shared by the tray and the CLI.
 */
const accountRecordSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  baseUrl: z.string().url(),
  userId: z.number().int().nullable(),
  username: z.string().nullable(),
  /** The last four characters of the token, to tell tokens apart in the UI. */
  tokenHint: z.string().max(8).nullable(),
  createdAt: z.string(),
  /** The built-in local server, not a real account. */
  demo: z.boolean().optional(),
});

const accountsFileSchema = z.object({
  version: z.literal(1),
  activeId: z.string().nullable(),
  accounts: z.array(accountRecordSchema),
});

export type AccountRecord = z.infer<typeof accountRecordSchema>;
type AccountsFile = z.infer<typeof accountsFileSchema>;

const EMPTY: AccountsFile = { version: 1, activeId: null, accounts: [] };

export const accountsFilePath = (userDataDir: string): string => join(userDataDir, 'accounts.json');

/** Stable id for an account on a gateway: the same login twice updates one record. */
export function accountIdFor(baseUrl: string, user: number | string): string {
  return createHash('sha256')
    .update(`${normalizeBaseUrl(baseUrl)}|${user}`)
    .digest('hex')
    .slice(0, 16);
}

export const tokenSecretName = (accountId: string): string => `access-token:${accountId}`;

export function normalizeBaseUrl(baseUrl: string): string {
  return baseUrl.trim().replace(/\/+$/, '');
}

export class AccountRegistry {
  /** Writes are queued so two quick updates never interleave their read-modify-write. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly filePath: string) {}

  async list(): Promise<AccountRecord[]> {
    return (await this.read()).accounts;
  }

  async active(): Promise<AccountRecord | null> {
    const file = await this.read();
    return file.accounts.find((account) => account.id === file.activeId) ?? null;
  }

  async get(id: string): Promise<AccountRecord | null> {
    return (await this.read()).accounts.find((account) => account.id === id) ?? null;
  }

  /** Adds or replaces the record with the same id; the first account becomes active. */
  upsert(record: AccountRecord): Promise<void> {
    const parsed = accountRecordSchema.parse(record);
    return this.update((file) => {
      const accounts = file.accounts.filter((account) => account.id !== parsed.id);
      const index = file.accounts.findIndex((account) => account.id === parsed.id);
      accounts.splice(index === -1 ? accounts.length : index, 0, parsed);
      return { ...file, accounts, activeId: file.activeId ?? parsed.id };
    });
  }

  setActive(id: string): Promise<void> {
    return this.update((file) => {
      if (!file.accounts.some((account) => account.id === id)) {
        throw new Error('There is no account with that id.');
      }
      return { ...file, activeId: id };
    });
  }

  /** Removes the record; when it was active, the next remaining account becomes active. */
  remove(id: string): Promise<void> {
    return this.update((file) => {
      const accounts = file.accounts.filter((account) => account.id !== id);
      const activeId = file.activeId === id ? (accounts[0]?.id ?? null) : file.activeId;
      return { ...file, accounts, activeId };
    });
  }

  private async read(): Promise<AccountsFile> {
    await this.queue.catch(() => undefined);
    const { value } = await readJsonFile(this.filePath, (raw) => accountsFileSchema.parse(raw));
    return value ?? EMPTY;
  }

  private update(change: (file: AccountsFile) => AccountsFile): Promise<void> {
    const next = this.queue
      .catch(() => undefined)
      .then(async () => {
        const { value } = await readJsonFile(this.filePath, (raw) => accountsFileSchema.parse(raw));
        const updated = accountsFileSchema.parse(change(value ?? EMPTY));
        await writeFileAtomic(this.filePath, `${JSON.stringify(updated, null, 2)}\n`);
      });
    this.queue = next;
    return next;
  }
}
