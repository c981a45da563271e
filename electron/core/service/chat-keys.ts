import { join } from 'node:path';
import { z } from 'zod';

import type { ApiKey } from '../../shared/domain/keys.js';
import type { ChatKeysView, ChatKeyView } from '../../shared/ipc/chat-views.js';
import { readJsonFile, writeFileAtomic } from '../storage/atomic-file.js';
import type { Session } from './active-account.js';
import { toKeyView } from './key-mask.js';
import { badRequest } from './service-error.js';
import { requireSession, type ServiceContext } from './service-context.js';

/** Where a chat key the user pasted or created for chat is kept (the keychain). */
export const chatKeySecretName = (accountId: string, keyId: number): string =>
  `chat-key:${accountId}:${keyId}`;

const prefsSchema = z.object({
  version: z.literal(1),
  preferredKeyByAccount: z.record(z.string(), z.number().int().positive()),
});
type Prefs = z.infer<typeof prefsSchema>;

const LIST_FRESH_MS = 30_000;

/**
 * The account's keys as chat sees them. Full keys stay in main: the session's map (keys the
 * gateway showed in full this run) or the keychain (keys pasted or created for chat). The
 * renderer learns only masks and where a key is held.
 */
export class ChatKeys {
  private listed: { accountId: string; at: number; keys: ChatKeyView[] } | null = null;
  private readonly prefsPath: string;

  constructor(private readonly context: ServiceContext) {
    this.prefsPath = join(context.ports.dataDir, 'chat-prefs.json');
  }

  async list(): Promise<ChatKeysView> {
    const session = requireSession(this.context, 'chat');
    const keys = await session.client.listKeys();
    const views = await Promise.all(keys.map((key) => this.viewOf(session, key)));
    this.listed = { accountId: session.record.id, at: Date.now(), keys: views };
    const prefs = await this.prefs();
    return { keys: views, preferredKeyId: prefs.preferredKeyByAccount[session.record.id] ?? null };
  }

  /** A key's view, from a recent list when there is one. */
  async view(keyId: number): Promise<ChatKeyView | null> {
    const session = this.context.active.current();
    if (!session) return null;
    const fresh =
      this.listed?.accountId === session.record.id && Date.now() - this.listed.at < LIST_FRESH_MS;
    const keys = fresh && this.listed ? this.listed.keys : (await this.list()).keys;
    return keys.find((key) => key.id === keyId) ?? null;
  }

  /** The full key for a chat request, or null when main does not hold it. */
  async secretFor(session: Session, keyId: number): Promise<string | null> {
    const known = session.keySecrets.get(keyId);
    if (known !== undefined) return known;
    return this.context.ports.secrets
      .get(chatKeySecretName(session.record.id, keyId))
      .catch(() => null);
  }

  async setKey(keyId: number, pastedKey: string | undefined): Promise<ChatKeysView> {
    const session = requireSession(this.context, 'chat');
    const key = (await this.view(keyId)) ?? null;
    if (!key) throw badRequest('That key is not on this account any more. Refresh the list.');
    if (pastedKey !== undefined) {
      if (!matchesMask(pastedKey, key.maskedKey)) {
        throw badRequest(`The pasted key does not match “${key.name}” (${key.maskedKey ?? ''}).`);
      }
      await this.context.ports.secrets.set(chatKeySecretName(session.record.id, keyId), pastedKey);
    } else if ((await this.secretFor(session, keyId)) === null) {
      throw badRequest(
        `The app does not hold “${key.name}” in full: paste the key, or create a chat key.`,
      );
    }
    await this.savePreferred(session.record.id, keyId);
    this.listed = null;
    return this.list();
  }

  /** Creates a key limited as the user chose and keeps its full value in the keychain. */
  async createKey(draft: {
    name: string;
    unlimited: boolean;
    quotaUsd: number;
    expiresInDays: number | null;
    models: string[];
  }): Promise<ChatKeysView> {
    const session = requireSession(this.context, 'create a chat key');
    const expiresAt =
      draft.expiresInDays === null ? null : new Date(Date.now() + draft.expiresInDays * 86_400_000);
    const created = await session.client.createKey({
      name: draft.name,
      unlimited: draft.unlimited,
      quotaUsd: draft.quotaUsd,
      expiresAt,
      models: draft.models,
      subnets: [],
    });
    const { key } = created;
    if (key.secret.kind !== 'full') {
      throw badRequest(
        `The key “${key.name}” was created, but the gateway did not show it in full. Copy it from the AiHubMix console and paste it here.`,
      );
    }
    session.keySecrets.set(key.id, key.secret.value);
    await this.context.ports.secrets.set(
      chatKeySecretName(session.record.id, key.id),
      key.secret.value,
    );
    await this.savePreferred(session.record.id, key.id);
    this.listed = null;
    return this.list();
  }

  private async viewOf(session: Session, key: ApiKey): Promise<ChatKeyView> {
    if (key.secret.kind === 'full') session.keySecrets.set(key.id, key.secret.value);
    let held: ChatKeyView['held'] = session.keySecrets.has(key.id) ? 'memory' : null;
    if (held === null) {
      const stored = await this.context.ports.secrets
        .get(chatKeySecretName(session.record.id, key.id))
        .catch(() => null);
      if (stored !== null) held = 'keychain';
    }
    const view = toKeyView(key, held !== null);
    return {
      id: key.id,
      name: key.name,
      maskedKey: view.maskedKey,
      status: key.status,
      models: key.models,
      expiresAt: key.expiresAt ? key.expiresAt.toISOString() : null,
      remainUsd: key.remainUsd,
      unlimited: key.unlimited,
      held,
    };
  }

  private async prefs(): Promise<Prefs> {
    const read = await readJsonFile(this.prefsPath, (value) => prefsSchema.parse(value)).catch(
      () => ({ value: null }),
    );
    return read.value ?? { version: 1, preferredKeyByAccount: {} };
  }

  private async savePreferred(accountId: string, keyId: number): Promise<void> {
    const prefs = await this.prefs();
    prefs.preferredKeyByAccount[accountId] = keyId;
    await writeFileAtomic(this.prefsPath, JSON.stringify(prefs));
  }
}

/** A pasted key must agree with the gateway's mask (its visible start and end), when known. */
export function matchesMask(full: string, masked: string | null): boolean {
  if (!masked) return true;
  const parts = /^sk-([A-Za-z0-9_-]*)[*…•.]+([A-Za-z0-9_-]*)$/.exec(masked);
  if (!parts) return true;
  const body = full.slice(3);
  return body.startsWith(parts[1] ?? '') && body.endsWith(parts[2] ?? '');
}
