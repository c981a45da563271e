import type { AccountSnapshot } from '../../shared/domain/account.js';
import type { AccountView, TokenCheckView } from '../../shared/ipc/views.js';
import {
  accountIdFor,
  normalizeBaseUrl,
  tokenSecretName,
  type AccountRecord,
} from '../accounts/account-registry.js';
import { DEFAULT_BASE_URL } from '../api/client-options.js';
import { deleteAccountFiles } from '../balance/account-files.js';
import type { InvokeHandlers } from './app-service.js';
import { createClient } from './client-factory.js';
import { assertAccessToken } from './credential-check.js';
import {
  accountsChanged,
  accountsView,
  accountView,
  type ServiceContext,
} from './service-context.js';
import { badRequest, ServiceError } from './service-error.js';

type AccountHandlers = Pick<
  InvokeHandlers,
  | 'accounts:list'
  | 'accounts:test-token'
  | 'accounts:add'
  | 'accounts:start-demo'
  | 'accounts:switch'
  | 'accounts:rename'
  | 'accounts:set-base-url'
  | 'accounts:sign-out'
>;

/** Reads the account behind a pasted token, without saving anything. Throws the auth error. */
async function checkToken(
  context: ServiceContext,
  rawToken: string,
  baseUrl: string,
): Promise<{ token: string; snapshot: AccountSnapshot }> {
  const token = assertAccessToken(rawToken);
  const client = await createClient(context.ports, { baseUrl, accessToken: token });
  try {
    return { token, snapshot: await client.getAccount() };
  } finally {
    await client.close().catch(() => undefined);
  }
}

export function accountHandlers(context: ServiceContext): AccountHandlers {
  const { registry, active, ports } = context;

  const getRecord = async (id: string): Promise<AccountRecord> => {
    const record = await registry.get(id);
    if (!record) throw badRequest('There is no account with that id (it may have been removed).');
    return record;
  };

  /** Saves (or updates) an account and makes it the active one. */
  const saveAndActivate = async (
    snapshot: AccountSnapshot,
    baseUrl: string,
    options: { token: string; name?: string | undefined; demo: boolean },
  ): Promise<AccountView> => {
    const id = options.demo ? 'demo' : accountIdFor(baseUrl, snapshot.userId ?? snapshot.username);
    const existing = await registry.get(id);
    if (!options.demo) {
      try {
        await ports.secrets.set(tokenSecretName(id), options.token);
      } catch (error) {
        const reason = error instanceof Error ? error.message : 'The secret store refused it.';
        throw new ServiceError('internal', `The token could not be saved: ${reason}`);
      }
    }
    const record: AccountRecord = {
      id,
      name: options.name || existing?.name || snapshot.displayName || snapshot.username,
      baseUrl,
      userId: snapshot.userId,
      username: snapshot.username,
      tokenHint: options.demo ? null : options.token.slice(-4),
      createdAt: existing?.createdAt ?? (ports.clock?.now() ?? new Date()).toISOString(),
      ...(options.demo ? { demo: true } : {}),
    };
    await registry.upsert(record);
    await registry.setActive(id);
    await active.activate(record, true);
    await accountsChanged(context);
    return accountView(context, (await registry.get(id)) ?? record);
  };

  return {
    'accounts:list': () => accountsView(context),

    'accounts:test-token': async ({ token, baseUrl }): Promise<TokenCheckView> => {
      const { snapshot } = await checkToken(
        context,
        token,
        normalizeBaseUrl(baseUrl ?? DEFAULT_BASE_URL),
      );
      return {
        username: snapshot.username,
        displayName: snapshot.displayName,
        group: snapshot.group,
        balanceUsd: snapshot.balanceUsd,
      };
    },

    'accounts:add': async ({ token, baseUrl, name }) => {
      const url = normalizeBaseUrl(baseUrl ?? DEFAULT_BASE_URL);
      const checked = await checkToken(context, token, url);
      return saveAndActivate(checked.snapshot, url, { token: checked.token, name, demo: false });
    },

    'accounts:start-demo': async () => {
      const demo = await context.demo.ensure();
      const checked = await checkToken(context, demo.accessToken, demo.url);
      return saveAndActivate(checked.snapshot, demo.url, {
        token: checked.token,
        name: 'Demo',
        demo: true,
      });
    },

    'accounts:switch': async ({ id }) => {
      const record = await getRecord(id);
      await registry.setActive(id);
      await active.activate(record, true);
      return accountsChanged(context);
    },

    'accounts:rename': async ({ id, name }) => {
      const record = await getRecord(id);
      await registry.upsert({ ...record, name });
      return accountsChanged(context);
    },

    'accounts:set-base-url': async ({ id, baseUrl }) => {
      const record = await getRecord(id);
      if (record.demo) throw badRequest('The demo account always uses the built-in local server.');
      const updated = { ...record, baseUrl: normalizeBaseUrl(baseUrl) };
      await registry.upsert(updated);
      // A new base URL needs a new client and a new monitor (its history is per gateway).
      if (active.record()?.id === id) await active.activate(updated, true);
      return accountsChanged(context);
    },

    'accounts:sign-out': async ({ id }) => {
      const record = await getRecord(id);
      const wasActive = active.record()?.id === id;
      if (!record.demo) {
        try {
          await ports.secrets.delete(tokenSecretName(id));
        } catch (error) {
          const reason = error instanceof Error ? error.message : 'The secret store refused it.';
          throw new ServiceError('internal', `The token could not be removed: ${reason}`);
        }
      }
      await registry.remove(id);
      // Switching away stops the account's monitor and waits for its last write.
      if (wasActive) await active.activate(await registry.active(), true);
      // There is one demo account: without it, the local server has nobody to serve.
      if (record.demo) await context.demo.close();
      // A removed account leaves no balance history or alert state behind. A failure here is
      // not the user's problem (the account is gone either way), so it is logged, not thrown.
      await deleteAccountFiles(ports.dataDir, { baseUrl: record.baseUrl, accountId: id }).catch(
        (error: unknown) => {
          const code = error instanceof Error && 'code' in error ? ` (${String(error.code)})` : '';
          console.warn(`[accounts] could not delete the removed account's balance files${code}`);
        },
      );
      return accountsChanged(context);
    },
  };
}
